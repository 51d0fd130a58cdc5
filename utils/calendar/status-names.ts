import type { CalendarStatus } from '../db/records';
import type { MessageKey } from '../i18n';

/** The catalogue keys of the calendar statuses, for pages that speak the UI language. */
export const STATUS_NAMES: Record<CalendarStatus, MessageKey> = {
  idea: 'statusIdea',
  draft: 'statusDraft',
  'in-review': 'statusInReview',
  'changes-requested': 'statusChangesRequested',
  approved: 'statusApproved',
  scheduled: 'statusScheduled',
  published: 'statusPublished',
};
