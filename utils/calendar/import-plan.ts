import type { CalendarEntry } from '../db/records';
import { formatNumber, plural, t } from '../i18n';

/** Something in an imported file that won't become an entry, and why, in a sentence. */
export interface SkippedItem {
  /** Which event or row: `Event 3 (“Launch”)`, `Row 7 (“Spring teaser”)`. */
  label: string;
  reason: string;
}

/**
 * What an import would do, shown to the user before anything is stored: the entries it adds, what it leaves
 * out and why, and how it read the rest (all-day events, zones, repeats). Stored only once the user confirms.
 */
export interface ImportPlan {
  entries: CalendarEntry[];
  skipped: SkippedItem[];
  notes: string[];
}

/** Why a whole file is refused: the first few of its skipped items, and how many more there are. */
export function nothingImportable(skipped: SkippedItem[]): string {
  const reasons = skipped.slice(0, 3).map((item) => `${item.label}: ${item.reason}`);
  if (skipped.length > 3) reasons.push(t('calendarAndMore', formatNumber(skipped.length - 3)));
  return t('calendarNothingImportable', reasons.join(' '));
}

/** "3 entries will be added; 2 are skipped." */
export function planSummary(plan: ImportPlan): string {
  const added = plural('calendarPlanAdded', plan.entries.length);
  const skipped = plan.skipped.length;
  return skipped === 0
    ? t('calendarPlanSummary', added)
    : t('calendarPlanSummarySkipped', added, plural('calendarPlanSkipped', skipped));
}
