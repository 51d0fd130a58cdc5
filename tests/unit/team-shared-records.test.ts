import { describe, expect, it } from 'vitest';
import { BrandSchema, ResearchPostSchema, SavedReplySchema } from '@/utils/db/records';
import {
  fromRecordDocument,
  mergeShared,
  recordOf,
  SHARED_KINDS,
  type SharedKind,
  sharedForm,
  toRecordDocument,
} from '@/utils/team/shared-records';
import { FULL_BRAND, FULL_REPLY, FULL_RESEARCH } from './team-shared-records';

/** What travels over HTTP: JSON text, not the object. */
const overTheWire = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));
const kind = (type: string) => SHARED_KINDS.find((each) => each.type === type) as SharedKind;

const TABLES = [
  { type: 'brand', row: FULL_BRAND, schema: BrandSchema },
  { type: 'savedReply', row: FULL_REPLY, schema: SavedReplySchema },
  { type: 'researchPost', row: FULL_RESEARCH, schema: ResearchPostSchema },
] as const;

describe('brands, saved replies and research posts ↔ CouchDB documents', () => {
  for (const { type, row, schema } of TABLES) {
    it(`a ${type} with every field of its schema round-trips through JSON`, () => {
      expect(schema.safeParse(row).success).toBe(true);
      expect(Object.keys(row).sort()).toEqual(Object.keys(schema.shape).sort());
      const doc = toRecordDocument(kind(type), row, undefined);
      expect(doc._id).toBe(`${type}:${row.id}`);
      expect(recordOf(doc._id)).toEqual({ kind: kind(type), id: row.id });
      // The row here is the one the document updates: this install's own fields come from it.
      const back = fromRecordDocument({ ...(overTheWire(doc) as object), _rev: '1-abc' }, row);
      expect(back).toMatchObject({ ok: true, rev: '1-abc', row });
    });
  }

  it("keeps what only this install means out of the document and keeps the receiver's own", () => {
    const brandDoc = toRecordDocument(kind('brand'), FULL_BRAND, undefined);
    expect(brandDoc.record).not.toHaveProperty('isDefault');
    expect(brandDoc.record).not.toHaveProperty('subscription');
    const replyDoc = toRecordDocument(kind('savedReply'), FULL_REPLY, '2-b');
    expect(replyDoc.record).not.toHaveProperty('usageCount');
    expect(replyDoc.record).not.toHaveProperty('lastUsedAt');
    // A new member: not their default brand, never used.
    const brand = fromRecordDocument(overTheWire(brandDoc), undefined);
    expect(brand).toMatchObject({ ok: false, problem: '_rev: missing' });
    const arrived = fromRecordDocument({ ...(overTheWire(replyDoc) as object) }, undefined);
    const { lastUsedAt: _used, ...unused } = FULL_REPLY;
    expect(arrived.ok && arrived.row).toEqual({ ...unused, usageCount: 0 });
    const newBrand = fromRecordDocument({ ...(overTheWire(brandDoc) as object), _rev: '1-a' }, undefined);
    const { subscription: _pack, ...unsubscribed } = FULL_BRAND;
    expect(newBrand.ok && newBrand.row).toEqual({ ...unsubscribed, isDefault: false });
  });

  it('refuses a document whose record the table could not read, or whose id names another row', () => {
    const doc = overTheWire(toRecordDocument(kind('savedReply'), FULL_REPLY, '1-a')) as Record<
      string,
      unknown
    >;
    expect(fromRecordDocument({ ...doc, _id: 'savedReply:other' }, undefined)).toMatchObject({ ok: false });
    expect(fromRecordDocument({ ...doc, type: 'brand' }, undefined)).toMatchObject({ ok: false });
    const bad = { ...doc, record: { ...(doc.record as object), shortcut: 'no spaces allowed' } };
    expect(fromRecordDocument(bad, undefined)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('shortcut'),
    });
    // A rule whose pattern would hang the check engine never becomes a brand here.
    const brandDoc = overTheWire(toRecordDocument(kind('brand'), FULL_BRAND, '1-a')) as {
      record: Record<string, unknown>;
    };
    const slow = {
      ...brandDoc,
      record: {
        ...brandDoc.record,
        guidelines: {
          rules: [
            { id: 'slow', kind: 'occurrence', message: '%s', severity: 'warning', token: '(a+)+$', max: 0 },
          ],
        },
      },
    };
    expect(fromRecordDocument(slow, undefined)).toMatchObject({ ok: false });
  });
});

describe('merging a brand, reply or research post two members changed at once', () => {
  const brand = kind('brand');
  const base = sharedForm(brand, FULL_BRAND);
  const withRule = (id: string, message: string) => ({
    ...base,
    guidelines: {
      ...FULL_BRAND.guidelines,
      rules: [
        ...FULL_BRAND.guidelines.rules,
        { id, kind: 'occurrence', message, severity: 'info', token: id, max: 1 },
      ],
    },
  });

  it("keeps both members' new guideline rules, and an edit of another field", () => {
    const mine = { ...withRule('mine', 'Mine'), name: 'Acme GmbH' };
    const theirs = withRule('theirs', 'Theirs');
    const merge = mergeShared(brand, base, mine, theirs);
    expect(merge.conflicts).toEqual([]);
    const merged = merge.keep('mine');
    expect(merged.name).toBe('Acme GmbH');
    expect(
      (merged.guidelines as { rules: { id: string }[] } | undefined)?.rules.map((rule) => rule.id),
    ).toEqual(['tags', 'theirs', 'mine']);
    expect(merge.keep('theirs')).toEqual(merged);
  });

  it('names one rule or one field both changed as a conflict, and keeps the chosen version of it only', () => {
    const ruleMessage = (form: Record<string, unknown>, id: string) =>
      (form.guidelines as { rules: { id: string; message?: string }[] }).rules.find((rule) => rule.id === id)
        ?.message;
    const sameRule = mergeShared(
      brand,
      base,
      { ...withRule('x', 'Mine'), watchTerms: ['recall'] },
      { ...withRule('x', 'Theirs'), name: 'Acme AG' },
    );
    expect(sameRule.conflicts).toEqual(['guidelines']);
    // Each choice keeps its own version of the rule, and what only the other side changed.
    expect(ruleMessage(sameRule.keep('mine'), 'x')).toBe('Mine');
    expect(ruleMessage(sameRule.keep('theirs'), 'x')).toBe('Theirs');
    for (const choice of ['mine', 'theirs'] as const) {
      expect(sameRule.keep(choice).name).toBe('Acme AG');
      expect(sameRule.keep(choice).watchTerms).toEqual(['recall']);
    }

    const reply = kind('savedReply');
    const start = sharedForm(reply, FULL_REPLY);
    const sameField = mergeShared(
      reply,
      start,
      { ...start, body: 'Mine', title: 'New title', updatedAt: 10 },
      { ...start, body: 'Theirs', tags: ['theirs'], updatedAt: 20 },
    );
    expect(sameField.conflicts).toEqual(['body']);
    expect(sameField.keep('mine')).toEqual({
      ...start,
      body: 'Mine',
      title: 'New title',
      tags: ['theirs'],
      updatedAt: 21,
    });
    expect(sameField.keep('theirs')).toEqual({
      ...start,
      body: 'Theirs',
      title: 'New title',
      tags: ['theirs'],
      updatedAt: 21,
    });
  });

  it('without the version both started from, every field that differs is a conflict', () => {
    const reply = kind('savedReply');
    const start = sharedForm(reply, FULL_REPLY);
    const merge = mergeShared(reply, undefined, { ...start, title: 'A' }, { ...start, body: 'B' });
    expect(merge.conflicts.sort()).toEqual(['body', 'title']);
  });

  it("merges tags as sets and a research post's metrics by time", () => {
    const research = kind('researchPost');
    const start = sharedForm(research, FULL_RESEARCH);
    const mine = {
      ...start,
      tags: ['launch', 'mine'],
      metrics: [...FULL_RESEARCH.metrics, { readAt: 3, likes: 10 }],
    };
    const theirs = {
      ...start,
      tags: ['theirs'],
      metrics: [...FULL_RESEARCH.metrics, { readAt: 4, likes: 11 }],
    };
    const merge = mergeShared(research, start, mine, theirs);
    expect(merge.conflicts).toEqual([]);
    const merged = merge.keep('mine');
    // "launch" was removed by them; each added one.
    expect(merged.tags).toEqual(['theirs', 'mine']);
    expect((merged.metrics as { readAt: number }[] | undefined)?.map((m) => m.readAt)).toEqual([1, 2, 3, 4]);
  });
});
