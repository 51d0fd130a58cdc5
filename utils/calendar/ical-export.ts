import { createEvents, type EventAttributes } from 'ics';
import { ownUidOf } from '../db/calendar';
import type { CalendarEntry } from '../db/records';
import { platformName } from './platform-names';

/** Posts are moments, but calendar apps want a length; a short slot keeps the day readable. */
const SLOT_MINUTES = 30;
export const CAMPAIGN_CATEGORY_PREFIX = 'Campaign: ';

/** `ics` writes CATEGORIES values as given, so a comma inside one would split it in two on import. */
function escapeCategory(category: string): string {
  return category.replace(/[\\;,]/g, (character) => `\\${character}`);
}

function descriptionOf(entry: CalendarEntry): string {
  const lines = [`Status: ${entry.status}`];
  if (entry.campaign) lines.push(`Campaign: ${entry.campaign}`);
  if (entry.relationship !== 'none')
    lines.push(`Relationship: ${entry.relationship}${entry.partnerBrand ? ` (${entry.partnerBrand})` : ''}`);
  for (const platform of entry.platforms) {
    const draft = entry.drafts[platform];
    if (draft) lines.push('', `${platformName(platform)} draft:`, draft);
  }
  if (entry.notes) lines.push('', entry.notes);
  return lines.join('\n');
}

/**
 * An iCalendar (RFC 5545) file of the entries, for Google Calendar, Apple Calendar, Outlook and the like.
 * Times are written in UTC, which every app reads the same way; platforms and the campaign travel as
 * CATEGORIES so a re-import gets them back.
 */
export function entriesToICalendar(entries: CalendarEntry[]): string {
  const events: EventAttributes[] = entries.map((entry) => ({
    uid: ownUidOf(entry.id),
    start: entry.at,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: SLOT_MINUTES },
    title: entry.title,
    description: descriptionOf(entry),
    categories: [
      ...entry.platforms.map(platformName),
      ...(entry.campaign ? [`${CAMPAIGN_CATEGORY_PREFIX}${entry.campaign}`] : []),
    ].map(escapeCategory),
    status: entry.status === 'idea' ? 'TENTATIVE' : 'CONFIRMED',
    created: entry.createdAt,
    lastModified: entry.updatedAt,
  }));
  const { error, value } = createEvents(events, { productId: 'onbrand/calendar', calName: 'OnBrand' });
  if (error || !value)
    throw new Error(`The calendar could not be exported: ${error?.message ?? 'no output'}`);
  return value;
}
