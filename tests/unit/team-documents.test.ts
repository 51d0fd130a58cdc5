import { describe, expect, it } from 'vitest';
import { CalendarEntrySchema } from '@/utils/db/records';
import { calendarDocId, fromCalendarDocument, toCalendarDocument } from '@/utils/team/documents';
import { workspaceUrlProblem } from '@/utils/team/records';
import { calendarEntry } from './calendar-entry';

/** An entry with every field the record schema has, optional ones included. */
const FULL = calendarEntry({
  id: 'entry-42',
  status: 'in-review',
  platforms: ['x', 'linkedin', 'instagram'],
  drafts: {
    x: 'Something new is coming 🌱 #ad',
    linkedin: 'Next week we launch something new.\n\nWith @Partner.',
    instagram: 'Werbung | Neu 🌱',
  },
  relationship: 'paid',
  partnerBrand: 'Partner GmbH',
  pausedBy: 'crisis-1',
  pillar: 'educational',
  icalUid: 'entry-42@calendar.onbrand',
  publishedAt: 1_780_000_000_000,
  publishedLinks: { x: 'https://x.com/acme/status/1859000000000000001' },
  createdAt: 1_770_000_000_000,
  updatedAt: 1_770_000_000_123,
});

/** What travels over HTTP: JSON text, not the object. */
const overTheWire = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('calendar entries ↔ CouchDB documents', () => {
  it('the full entry is a schema-valid record, so the round trip covers every field', () => {
    expect(CalendarEntrySchema.safeParse(FULL).success).toBe(true);
    expect(Object.keys(FULL).sort()).toEqual(Object.keys(CalendarEntrySchema.shape).sort());
  });

  it('round-trips every field of an entry and its per-platform drafts through JSON', () => {
    const doc = toCalendarDocument(FULL, { audit: [] }, 'wendy', 5);
    const back = fromCalendarDocument({ ...(overTheWire(doc) as object), _rev: '1-abc' });
    expect(back).toEqual({
      ok: true,
      entry: FULL,
      rev: '1-abc',
      audit: [{ at: 5, by: 'wendy', status: 'in-review' }],
    });
  });

  it('names the document after the entry and carries the revision it is based on', () => {
    const doc = toCalendarDocument(FULL, { rev: '3-x', audit: [] }, 'wendy', 5);
    expect(doc._id).toBe(calendarDocId('entry-42'));
    expect(doc._id).toBe('calendarEntry:entry-42');
    expect(doc._rev).toBe('3-x');
    expect('_rev' in toCalendarDocument(FULL, { audit: [] }, 'wendy', 5)).toBe(false);
  });

  it('appends an audit line only when the status changed since the last one, keeping the earlier lines', () => {
    const trail = [
      { at: 1, by: 'wendy', status: 'draft' as const },
      { at: 2, by: 'wendy', status: 'in-review' as const },
    ];
    expect(toCalendarDocument(FULL, { audit: trail }, 'rita', 9).audit).toEqual(trail);
    const approved = toCalendarDocument({ ...FULL, status: 'approved' }, { audit: trail }, 'rita', 9);
    expect(approved.audit).toEqual([...trail, { at: 9, by: 'rita', status: 'approved' }]);
  });

  it('refuses a document whose entry the calendar could not read, saying what is wrong', () => {
    const doc = overTheWire(toCalendarDocument(FULL, { audit: [] }, 'wendy', 5)) as {
      entry: Record<string, unknown>;
    };
    doc.entry.status = 'shipped';
    const result = fromCalendarDocument({ ...doc, _rev: '1-a' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/^entry\.status: /);
  });

  it('refuses a document whose id names another entry, or that has no revision', () => {
    const doc = overTheWire(toCalendarDocument(FULL, { audit: [] }, 'wendy', 5)) as object;
    expect(fromCalendarDocument({ ...doc, _id: 'calendarEntry:other', _rev: '1-a' })).toEqual({
      ok: false,
      problem: '_id calendarEntry:other does not match entry.id entry-42',
    });
    expect(fromCalendarDocument(doc)).toEqual({ ok: false, problem: '_rev: missing' });
    expect(fromCalendarDocument({ _id: 'x', _rev: '1' }).ok).toBe(false);
  });
});

describe('workspace URLs', () => {
  it('takes https, and http only for this computer, ending with the database name', () => {
    expect(workspaceUrlProblem('https://couch.example.com/acme-social')).toBeUndefined();
    expect(workspaceUrlProblem('https://example.com/couch/acme_2026/')).toBeUndefined();
    expect(workspaceUrlProblem('http://localhost:5984/acme')).toBeUndefined();
    expect(workspaceUrlProblem('http://127.0.0.1:5984/acme')).toBeUndefined();
    expect(workspaceUrlProblem('http://couch.example.com/acme')).toBe('insecure');
    expect(workspaceUrlProblem('ftp://couch.example.com/acme')).toBe('insecure');
    expect(workspaceUrlProblem('couch.example.com/acme')).toBe('invalid');
    expect(workspaceUrlProblem('https://wendy:pw@couch.example.com/acme')).toBe('credentials-in-url');
    expect(workspaceUrlProblem('https://couch.example.com/')).toBe('no-database');
    expect(workspaceUrlProblem('https://couch.example.com/Acme')).toBe('no-database');
  });
});
