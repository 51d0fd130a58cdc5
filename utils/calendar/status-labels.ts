import type { CalendarStatus } from '../db/records';
import { type MessageKey, t, uiLocale } from '../i18n';

/** The catalogue's word for each status: "in review" / "in Prüfung" (the popup writes it in running text). */
export const STATUS_KEYS: Record<CalendarStatus, MessageKey> = {
  idea: 'statusIdea',
  draft: 'statusDraft',
  'in-review': 'statusInReview',
  'changes-requested': 'statusChangesRequested',
  approved: 'statusApproved',
  scheduled: 'statusScheduled',
  published: 'statusPublished',
};

/** A status as a label of its own (a menu option, an entry's accessible name): "In review", "In Prüfung". */
export function statusLabel(status: CalendarStatus): string {
  const word = t(STATUS_KEYS[status]);
  return word.charAt(0).toLocaleUpperCase(uiLocale()) + word.slice(1);
}
