import { describe, expect, it } from 'vitest';
import type { CalendarStatus } from '@/utils/db/records';
import { VALIDATE_DOC_UPDATE } from '@/utils/team/design-document';
import { toCalendarDocument } from '@/utils/team/documents';
import type { AuditEntry } from '@/utils/team/records';
import { SHARED_KINDS, type SharedKind, toRecordDocument } from '@/utils/team/shared-records';
import { calendarEntry } from './calendar-entry';
import { FULL_BRAND, FULL_REPLY, FULL_RESEARCH } from './team-shared-records';

type Doc = Record<string, unknown>;
type UserCtx = { db: string; name: string | null; roles: string[] };
/** The function exactly as the server receives it: source text, evaluated on its own. */
const validate = new Function(`return (${VALIDATE_DOC_UPDATE});`)() as (
  newDoc: Doc,
  oldDoc: Doc | null,
  userCtx: UserCtx,
  secObj: unknown,
) => void;

const SECURITY = { members: { roles: ['writer', 'reviewer'] } };
const writer: UserCtx = { db: 'ws', name: 'wendy', roles: ['writer'] };
const reviewer: UserCtx = { db: 'ws', name: 'rita', roles: ['reviewer'] };
const admin: UserCtx = { db: 'ws', name: 'admin', roles: ['_admin'] };
const stranger: UserCtx = { db: 'ws', name: 'eve', roles: [] };

/** What CouchDB answers: nothing when the write is accepted, else the thrown object. */
function verdict(newDoc: Doc, oldDoc: Doc | null, user: UserCtx): unknown {
  try {
    validate(newDoc, oldDoc, user, SECURITY);
    return 'accepted';
  } catch (thrown) {
    return thrown;
  }
}

function doc(status: CalendarStatus, audit: AuditEntry[], by: string, at = 10): Doc {
  return toCalendarDocument(calendarEntry({ status }), { audit }, by, at) as unknown as Doc;
}

const inReview = doc('in-review', [], 'wendy', 1);
const trail = inReview.audit as AuditEntry[];

describe('the workspace validate_doc_update', () => {
  it('lets a writer create and edit entries, recording their status changes', () => {
    expect(verdict(inReview, null, writer)).toBe('accepted');
    expect(verdict(doc('draft', trail, 'wendy'), inReview, writer)).toBe('accepted');
    const edited = { ...inReview, entry: calendarEntry({ status: 'in-review', title: 'New title' }) };
    expect(verdict(edited, inReview, writer)).toBe('accepted');
  });

  it('lets only a reviewer approve or request changes', () => {
    expect(verdict(doc('approved', trail, 'wendy'), inReview, writer)).toEqual({
      forbidden: 'Only a reviewer can set an entry to approved.',
    });
    expect(verdict(doc('changes-requested', trail, 'wendy'), inReview, writer)).toEqual({
      forbidden: 'Only a reviewer can set an entry to changes requested.',
    });
    expect(verdict(doc('approved', [], 'wendy'), null, writer)).toEqual({
      forbidden: 'Only a reviewer can set an entry to approved.',
    });
    expect(verdict(doc('approved', trail, 'rita'), inReview, reviewer)).toBe('accepted');
    expect(verdict(doc('changes-requested', trail, 'rita'), inReview, reviewer)).toBe('accepted');
    expect(verdict(doc('approved', trail, 'admin'), inReview, admin)).toBe('accepted');
  });

  it('refuses a status change the audit trail does not record, or records under another name', () => {
    const unrecorded = { ...doc('approved', trail, 'rita'), audit: trail };
    expect(verdict(unrecorded, inReview, reviewer)).toEqual({
      forbidden: 'A status change must be recorded at the end of the audit trail.',
    });
    expect(verdict(doc('approved', trail, 'wendy'), inReview, reviewer)).toEqual({
      forbidden: 'A new audit trail line must name you (rita), the time and the status.',
    });
  });

  it('never lets an earlier audit line be rewritten or dropped', () => {
    const approved = doc('approved', trail, 'rita');
    const rewritten = {
      ...approved,
      audit: [{ ...trail[0], by: 'rita' }, ...(approved.audit as []).slice(1)],
    };
    expect(verdict(rewritten, inReview, reviewer)).toEqual({
      forbidden: 'The audit trail line 1 was changed; earlier lines are never rewritten.',
    });
    expect(verdict({ ...inReview, audit: [] }, inReview, writer)).toEqual({
      forbidden: 'The audit trail can only grow: keep every earlier line.',
    });
    expect(verdict({ ...inReview, audit: 'none' }, inReview, writer)).toEqual({
      forbidden: 'The audit trail can only grow: keep every earlier line.',
    });
  });

  it('refuses anyone without a team role, and design documents from anyone but a server admin', () => {
    expect(verdict(inReview, null, stranger)).toEqual({
      unauthorized: 'Only team members with the writer or reviewer role can change this workspace.',
    });
    expect(verdict({ _id: '_design/evil', validate_doc_update: 'function(){}' }, null, reviewer)).toEqual({
      forbidden: 'Only a server admin can change the workspace rules.',
    });
    expect(verdict({ _id: '_design/onbrand' }, null, admin)).toBe('accepted');
  });

  it('refuses documents that are not calendar entries or whose id names another entry', () => {
    expect(verdict({ _id: 'x', type: 'note' }, null, writer)).toEqual({
      forbidden: 'This workspace holds OnBrand documents: calendarEntry, brand, savedReply or researchPost.',
    });
    expect(verdict({ ...inReview, _id: 'calendarEntry:other' }, null, writer)).toEqual({
      forbidden: 'The document id must be calendarEntry: followed by the entry id.',
    });
  });

  it('lets only a reviewer delete an approved entry', () => {
    const approved = doc('approved', trail, 'rita');
    const tombstone = { _id: approved._id, _deleted: true };
    expect(verdict(tombstone, approved, writer)).toEqual({
      forbidden: 'Only a reviewer can delete an approved entry.',
    });
    expect(verdict(tombstone, approved, reviewer)).toBe('accepted');
    expect(verdict(tombstone, inReview, writer)).toBe('accepted');
  });

  const recordDoc = (type: string, row: { id: string }) =>
    toRecordDocument(
      SHARED_KINDS.find((kind) => kind.type === type) as SharedKind,
      row as never,
      undefined,
    ) as unknown as Doc;
  const brand = recordDoc('brand', FULL_BRAND);
  const reply = recordDoc('savedReply', FULL_REPLY);
  const shared = recordDoc('researchPost', FULL_RESEARCH);

  it('lets any member write brands and guidelines, saved replies and shared research posts', () => {
    for (const member of [writer, reviewer, admin]) {
      for (const each of [brand, reply, shared]) expect(verdict(each, null, member)).toBe('accepted');
      expect(verdict({ ...brand, record: { ...FULL_BRAND, name: 'Acme GmbH' } }, brand, member)).toBe(
        'accepted',
      );
    }
    expect(verdict(reply, null, stranger)).toEqual({
      unauthorized: 'Only team members with the writer or reviewer role can change this workspace.',
    });
  });

  it('lets only a reviewer delete a brand; any member deletes a reply or unshares a research post', () => {
    const tombstone = (of: Doc) => ({ _id: of._id, _deleted: true });
    expect(verdict(tombstone(brand), brand, writer)).toEqual({
      forbidden: 'Only a reviewer can delete a brand: its guidelines would go for every member.',
    });
    expect(verdict(tombstone(brand), brand, reviewer)).toBe('accepted');
    expect(verdict(tombstone(reply), reply, writer)).toBe('accepted');
    expect(verdict(tombstone(shared), shared, writer)).toBe('accepted');
  });

  it('refuses a private research post, a record under another id, or a document changing its type', () => {
    expect(verdict({ ...shared, record: { ...FULL_RESEARCH, shared: false } }, null, writer)).toEqual({
      forbidden: 'A research post is in the workspace only while it is marked shared.',
    });
    expect(verdict({ ...reply, _id: 'savedReply:other' }, null, writer)).toEqual({
      forbidden: 'The document id must be savedReply: followed by the record id.',
    });
    expect(verdict({ ...reply, record: 'text' }, null, writer)).toEqual({
      forbidden: 'A savedReply document holds the row in record, with its id.',
    });
    const retyped = {
      ...recordDoc('brand', { ...FULL_BRAND, id: FULL_REPLY.id }),
      _id: `brand:${FULL_REPLY.id}`,
    };
    expect(verdict(retyped, { ...reply, _id: retyped._id }, writer)).toEqual({
      forbidden: 'A document keeps its type.',
    });
  });
});
