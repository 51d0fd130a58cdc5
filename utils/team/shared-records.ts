import type { Table } from 'dexie';
import type * as z from 'zod/mini';
import type { OnBrandDatabase } from '../db/database';
import { boundSnapshots } from '../db/migrations';
import {
  type Brand,
  BrandSchema,
  type MetricsSnapshot,
  type ResearchPost,
  ResearchPostSchema,
  type SavedReply,
  SavedReplySchema,
} from '../db/records';
import { describeProblems } from '../db/table-repository';
import { canonical, settle } from './merge';
import { type SharedRecordDocument, SharedRecordDocumentSchema, type SharedRecordType } from './records';

/**
 * Dexie rows ↔ CouchDB documents for the shared tables besides the calendar: brands (their guidelines and
 * rules inside), saved replies, and the research posts the user marked shared. One document per row,
 * `<type>:<row id>`, holding the row's *shared form*: the row less what only this install means (which brand
 * is the default here, the pack subscription's cache state, how often this member used a reply). What
 * arrives is parsed with the table's own schema before it becomes a row, and the local-only fields are
 * taken from the row already here.
 */

type Row = Brand | SavedReply | ResearchPost;
export type SharedForm = Record<string, unknown>;

export interface SharedKind<T extends Row = Row> {
  type: SharedRecordType;
  table: (db: OnBrandDatabase) => Table<T, string>;
  /** Whether the row goes to the team at all: research posts only when marked shared. */
  shared: (row: T) => boolean;
  /** The fields that stay in this install. */
  localOnly: readonly (keyof T & string)[];
  /** The row for a shared form from the server, keeping this install's own fields of `local`. */
  fromShared: (
    record: unknown,
    local: T | undefined,
  ) => { ok: true; row: T } | { ok: false; problem: string };
  /** The field with a unique index here, if any: two rows from two members may hold one value. */
  unique?: keyof T & string;
  /** Another value for the unique field, the `n`-th (2, 3 …), so a second row can be stored beside the first. */
  variant?: (value: string, n: number) => string;
  /** Fields that merge by their parts rather than whole (sets, rules by id, metrics by time). */
  mergers?: Partial<Record<string, FieldMerger>>;
}

export type Choice = 'mine' | 'theirs';

/**
 * Three-way merge of one field: whether both sides changed the same part of it, and the merged value with each
 * such part taken from the version the user keeps.
 */
type FieldMerger = (
  base: unknown,
  mine: unknown,
  theirs: unknown,
) => { conflict: boolean; keep: (choice: Choice) => unknown };

/** A field that merged by itself: the same value whichever version is kept. */
const merged = (value: unknown) => ({ conflict: false, keep: () => value });

function parseWith<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
): { ok: true; row: T } | { ok: false; problem: string } {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, row: parsed.data }
    : { ok: false, problem: describeProblems(parsed.error.issues) };
}

function localFields<T extends Row>(
  local: T | undefined,
  fields: readonly (keyof T & string)[],
  defaults: Partial<T>,
) {
  const kept: Partial<T> = { ...defaults };
  for (const field of fields) if (local?.[field] !== undefined) kept[field] = local[field];
  return kept;
}

/** A set of strings (tags, collections, disabled rules): what either side added, less what either removed. */
const mergeSet: FieldMerger = (base, mine, theirs) => {
  const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
  const [b, m, th] = [list(base), list(mine), list(theirs)];
  const removed = new Set(b.filter((item) => !m.includes(item) || !th.includes(item)));
  return merged([...new Set([...th, ...m])].filter((item) => !removed.has(item)));
};

/** Metrics snapshots: every reading either side took, by time, bounded as the research library keeps them. */
const mergeMetrics: FieldMerger = (_base, mine, theirs) => {
  const byTime = new Map<number, MetricsSnapshot>();
  for (const snapshot of [...((theirs as MetricsSnapshot[]) ?? []), ...((mine as MetricsSnapshot[]) ?? [])])
    byTime.set(snapshot.readAt, snapshot);
  return merged(boundSnapshots([...byTime.values()].sort((a, b) => a.readAt - b.readAt)));
};

/**
 * A brand's guidelines: each rule (by id) merges on its own, so one member's new rule and another's edit of a
 * different rule both stay; the guidelines' other fields merge whole.
 */
const mergeGuidelines: FieldMerger = (base, mine, theirs) => {
  type Rules = { rules: { id: string }[] } & Record<string, unknown>;
  const [b, m, th] = [base as Rules | undefined, mine as Rules, theirs as Rules];
  const byId = (guidelines: Rules | undefined) =>
    new Map((guidelines?.rules ?? []).map((rule) => [rule.id, rule]));
  const [bRules, mRules, thRules] = [byId(b), byId(m), byId(th)];
  const ids = [...new Set([...thRules.keys(), ...mRules.keys(), ...bRules.keys()])];
  const rules: Record<Choice, { id: string }[]> = { mine: [], theirs: [] };
  let conflict = false;
  for (const id of ids) {
    const part = settle(bRules.get(id), b !== undefined, mRules.get(id), thRules.get(id));
    conflict ||= part.conflict;
    if (part.mine !== undefined) rules.mine.push(part.mine);
    if (part.theirs !== undefined) rules.theirs.push(part.theirs);
  }
  const { rules: _b, ...bRest } = b ?? { rules: [] };
  const { rules: _m, ...mRest } = m;
  const { rules: _t, ...thRest } = th;
  const rest = settle(b === undefined ? undefined : bRest, b !== undefined, mRest, thRest);
  return {
    conflict: conflict || rest.conflict,
    keep: (choice) => ({ ...rest[choice], rules: rules[choice] }),
  };
};

const brands: SharedKind<Brand> = {
  type: 'brand',
  table: (db) => db.brands,
  shared: () => true,
  localOnly: ['isDefault', 'subscription'],
  // The full schema, pattern analysis included: another member's rules run in this browser's check engine.
  fromShared: (record, local) =>
    parseWith(BrandSchema, {
      ...(record as object),
      ...localFields(local, brands.localOnly, { isDefault: false }),
    }),
  mergers: { guidelines: mergeGuidelines, disabledRules: mergeSet, watchTerms: mergeSet },
};

const savedReplies: SharedKind<SavedReply> = {
  type: 'savedReply',
  table: (db) => db.savedReplies,
  shared: () => true,
  localOnly: ['usageCount', 'lastUsedAt'],
  fromShared: (record, local) =>
    parseWith(SavedReplySchema, {
      ...(record as object),
      ...localFields(local, savedReplies.localOnly, { usageCount: 0 }),
    }),
  unique: 'shortcut',
  variant: (shortcut, n) => `${shortcut.slice(0, 40 - `-${n}`.length)}-${n}`,
  mergers: { tags: mergeSet, platforms: mergeSet },
};

const researchPosts: SharedKind<ResearchPost> = {
  type: 'researchPost',
  table: (db) => db.researchPosts,
  shared: (post) => post.shared === true,
  localOnly: [],
  fromShared: (record) => parseWith(ResearchPostSchema, record),
  unique: 'permalink',
  // A fragment leaves the link working: the site ignores it.
  variant: (permalink, n) => `${permalink}${permalink.includes('#') ? '-' : '#'}${n}`,
  mergers: { tags: mergeSet, collections: mergeSet, metrics: mergeMetrics },
};

export const SHARED_KINDS: readonly SharedKind[] = [brands, savedReplies, researchPosts] as SharedKind[];

export function recordDocId(type: SharedRecordType, id: string): string {
  return `${type}:${id}`;
}

/** The kind and row id a document id names, or undefined for a calendar entry's or a design document. */
export function recordOf(docId: string): { kind: SharedKind; id: string } | undefined {
  for (const kind of SHARED_KINDS)
    if (docId.startsWith(`${kind.type}:`)) return { kind, id: docId.slice(kind.type.length + 1) };
  return undefined;
}

/** What a user recognises a record by: a brand's name, a reply's title, a research post's author. */
export function recordTitle(form: SharedForm): string {
  const author = (form.author as { handle?: unknown } | undefined)?.handle;
  for (const name of [form.name, form.title, author]) if (typeof name === 'string' && name) return name;
  return String(form.id);
}

/** The row as the team sees it: without this install's own fields. */
export function sharedForm(kind: SharedKind, row: Row): SharedForm {
  const form: SharedForm = { ...row };
  for (const field of kind.localOnly) delete form[field];
  return form;
}

export function toRecordDocument(kind: SharedKind, row: Row, rev: string | undefined): SharedRecordDocument {
  return {
    _id: recordDocId(kind.type, row.id),
    ...(rev === undefined ? {} : { _rev: rev }),
    type: kind.type,
    record: sharedForm(kind, row),
  };
}

export type ParsedRecord =
  | { ok: true; kind: SharedKind; row: Row; form: SharedForm; rev: string }
  | { ok: false; problem: string };

/** A document from the server, as the row it becomes here (`local`: the row already here, if any). */
export function fromRecordDocument(doc: unknown, local: Row | undefined): ParsedRecord {
  const parsed = SharedRecordDocumentSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, problem: describeProblems(parsed.error.issues) };
  const { _id, _rev, type, record } = parsed.data;
  const named = recordOf(_id);
  if (named?.kind.type !== type || record.id !== named.id)
    return { ok: false, problem: `_id ${_id} does not match ${type} ${String(record.id)}` };
  if (_rev === undefined) return { ok: false, problem: '_rev: missing' };
  const row = named.kind.fromShared(record, local);
  if (!row.ok) return row;
  return { ok: true, kind: named.kind, row: row.row, form: sharedForm(named.kind, row.row), rev: _rev };
}

/** Whether two shared forms say the same, apart from when they were saved. */
export function sameShared(a: SharedForm | undefined, b: SharedForm | undefined): boolean {
  return canonical({ ...a, updatedAt: 0 }) === canonical({ ...b, updatedAt: 0 });
}

export interface SharedMerge {
  /** The fields both sides changed to different values (a brand's guidelines: a rule both changed). */
  conflicts: string[];
  /** The merged shared form, each conflicting field (or rule) taken from the version kept. */
  keep(choice: Choice): SharedForm;
}

/**
 * Three-way merge of a row edited here while another member changed it: each field changed on one side takes
 * that side's value, sets and rules merge by their parts. A field both changed is a conflict: both versions
 * wait (teamRecords.conflict) until the user keeps one (record-conflicts.ts).
 */
export function mergeShared(
  kind: SharedKind,
  base: SharedForm | undefined,
  mine: SharedForm,
  theirs: SharedForm,
): SharedMerge {
  const conflicts: string[] = [];
  const kept: Record<Choice, SharedForm> = { mine: {}, theirs: {} };
  const fields = new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base ?? {})]);
  for (const field of fields) {
    if (field === 'updatedAt') continue;
    const merger = kind.mergers?.[field];
    const part =
      merger && base !== undefined
        ? merger(base[field], mine[field], theirs[field])
        : (() => {
            const settled = settle(base?.[field], base !== undefined, mine[field], theirs[field]);
            return { conflict: settled.conflict, keep: (choice: Choice) => settled[choice] };
          })();
    if (part.conflict) conflicts.push(field);
    for (const choice of ['mine', 'theirs'] as const) {
      const value = part.keep(choice);
      if (value !== undefined) kept[choice][field] = value;
    }
  }
  const times = [mine.updatedAt, theirs.updatedAt].filter((at): at is number => typeof at === 'number');
  const updatedAt = times.length > 0 ? { updatedAt: Math.max(...times) + 1 } : {};
  return { conflicts, keep: (choice) => ({ ...kept[choice], ...updatedAt }) };
}
