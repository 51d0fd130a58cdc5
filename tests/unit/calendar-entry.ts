import type { CalendarEntry } from '@/utils/db/records';

/** A valid entry to vary in calendar tests. */
export function calendarEntry(overrides: Partial<CalendarEntry> = {}): CalendarEntry {
  return {
    id: 'e1',
    title: 'Spring launch teaser',
    at: Date.parse('2026-03-20T09:00:00Z'),
    timeZone: 'Europe/Berlin',
    platforms: ['x', 'linkedin'],
    status: 'draft',
    campaign: 'Spring launch',
    drafts: { x: 'Something new is coming 🌱', linkedin: 'Next week we launch something new.' },
    relationship: 'none',
    assets: [{ id: 'a1', name: 'teaser.mp4', ready: true, licence: 'owned' }],
    researchPostIds: ['p1'],
    notes: 'Check with legal.',
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}
