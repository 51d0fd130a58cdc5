import type { CalendarEntry } from '../db/records';
import { describeProblems } from '../db/table-repository';
import {
  type AuditEntry,
  CALENDAR_DOC_PREFIX,
  type CalendarEntryDocument,
  CalendarEntryDocumentSchema,
} from './records';

/**
 * Dexie rows ↔ CouchDB documents. A calendar entry travels whole (its per-platform drafts, assets, notes and
 * every other field inside `entry`), with the audit trail beside it; the revision lives in the team's own
 * table, never in the entry row, so the calendar's rows keep the shape every other part of OnBrand reads.
 */

export function calendarDocId(entryId: string): string {
  return `${CALENDAR_DOC_PREFIX}${entryId}`;
}

export function entryIdOf(docId: string): string | undefined {
  return docId.startsWith(CALENDAR_DOC_PREFIX) ? docId.slice(CALENDAR_DOC_PREFIX.length) : undefined;
}

/**
 * The document for `entry`. The audit trail is the server's one plus, when the status differs from the last
 * recorded one, a line naming `username`: the server refuses a status change without it.
 */
export function toCalendarDocument(
  entry: CalendarEntry,
  base: { rev?: string; audit: readonly AuditEntry[] },
  username: string,
  now: number,
): CalendarEntryDocument {
  const last = base.audit.at(-1);
  const audit =
    last?.status === entry.status
      ? [...base.audit]
      : [...base.audit, { at: now, by: username, status: entry.status }];
  return {
    _id: calendarDocId(entry.id),
    ...(base.rev === undefined ? {} : { _rev: base.rev }),
    type: 'calendarEntry',
    entry,
    audit,
  };
}

export type ParsedDocument =
  | { ok: true; entry: CalendarEntry; rev: string; audit: AuditEntry[] }
  | { ok: false; problem: string };

/**
 * A document from the server, checked with the calendar's own record schema before it may become a row: a
 * member's buggy client or a hand edit in Fauxton must not put a row into Dexie that the calendar cannot read.
 */
export function fromCalendarDocument(doc: unknown): ParsedDocument {
  const parsed = CalendarEntryDocumentSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, problem: describeProblems(parsed.error.issues) };
  const { _id, _rev, entry, audit } = parsed.data;
  if (entryIdOf(_id) !== entry.id)
    return { ok: false, problem: `_id ${_id} does not match entry.id ${entry.id}` };
  if (_rev === undefined) return { ok: false, problem: '_rev: missing' };
  return { ok: true, entry, rev: _rev, audit };
}
