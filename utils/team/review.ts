import type { CalendarEntry } from '../db/records';
import type { AuditEntry } from './records';

/**
 * "Waiting for my review": which entries a member is asked to look at, and which pulled changes are worth a
 * notification. The server's rules decide who may approve (design-document.ts: a `reviewer`, or a server
 * admin); this only mirrors them so the popup does not ask a writer for something the server would refuse.
 */

export function canApprove(roles: readonly string[] | undefined): boolean {
  return roles?.includes('reviewer') === true || roles?.includes('_admin') === true;
}

/** The entries in review this member can approve, soonest first. None for a member who cannot approve. */
export function waitingForReview(
  entries: readonly CalendarEntry[],
  roles: readonly string[] | undefined,
): CalendarEntry[] {
  if (!canApprove(roles)) return [];
  return entries.filter((entry) => entry.status === 'in-review').sort((a, b) => a.at - b.at);
}

/** One entry as a pull brought it: the row before (if any), the server's version, its audit trail. */
export interface PulledEntry {
  before: CalendarEntry | undefined;
  entry: CalendarEntry;
  audit: readonly AuditEntry[];
}

/**
 * The pulled entries that just arrived in review for this member: now in review, not in review here before,
 * and put there by someone else (the audit's last line names who; a member's own change from another
 * device is no news to them).
 */
export function arrivedInReview(
  pulled: readonly PulledEntry[],
  member: { username: string; roles: readonly string[] | undefined },
): CalendarEntry[] {
  if (!canApprove(member.roles)) return [];
  return pulled
    .filter(({ before, entry, audit }) => {
      if (entry.status !== 'in-review' || before?.status === 'in-review') return false;
      const by = audit.at(-1)?.by;
      return by !== undefined && by !== member.username;
    })
    .map(({ entry }) => entry);
}
