import type { PlatformId } from '../checks/types';
import type { CalendarEntry } from '../db/records';

/**
 * Three-way merge of one calendar entry edited here and, at the same time, by another member: `base` is the
 * version both started from (the last one this install agreed on with the server), `mine` the local row,
 * `theirs` the server's. A part changed on one side only takes that side's value; a part changed on both
 * sides to different values is a conflict the user settles by keeping one version. Nothing is dropped
 * without that choice.
 *
 * The parts are what a person edits as one thing: the date and its time zone together (an instant picked in
 * a zone), the partnership and the partner's name together (the calendar requires a partner's name for a
 * paid post), and each platform's draft on its own, so a writer's X draft and a reviewer's LinkedIn draft
 * merge.
 */

export type MergePart =
  | { kind: 'title' | 'when' | 'platforms' | 'status' | 'campaign' | 'pillar' | 'partnership' | 'assets' }
  | { kind: 'research' | 'notes' | 'icalUid' | 'publishedAt' | 'publishedLinks' | 'pausedBy' }
  | { kind: 'draft'; platform: PlatformId };

type Fields = Partial<CalendarEntry>;

const WHOLE_PARTS: { kind: Exclude<MergePart['kind'], 'draft'>; fields: (keyof CalendarEntry)[] }[] = [
  { kind: 'title', fields: ['title'] },
  { kind: 'when', fields: ['at', 'timeZone'] },
  { kind: 'platforms', fields: ['platforms'] },
  { kind: 'status', fields: ['status'] },
  { kind: 'campaign', fields: ['campaign'] },
  { kind: 'pillar', fields: ['pillar'] },
  { kind: 'partnership', fields: ['relationship', 'partnerBrand'] },
  { kind: 'assets', fields: ['assets'] },
  { kind: 'research', fields: ['researchPostIds'] },
  { kind: 'notes', fields: ['notes'] },
  { kind: 'icalUid', fields: ['icalUid'] },
  { kind: 'publishedAt', fields: ['publishedAt'] },
  { kind: 'publishedLinks', fields: ['publishedLinks'] },
  { kind: 'pausedBy', fields: ['pausedBy'] },
];

/** JSON with object keys sorted: a row from Dexie and the same row parsed from the server compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function pick(entry: CalendarEntry | undefined, fields: (keyof CalendarEntry)[]): Fields | undefined {
  if (!entry) return undefined;
  return Object.fromEntries(fields.map((field) => [field, entry[field]])) as Fields;
}

export interface MergeResult {
  /** The parts changed on both sides to different values; empty when the versions merged by themselves. */
  conflicts: MergePart[];
  /** The merged entry, each conflicting part taken from the version kept. `updatedAt` is the caller's. */
  keep(choice: 'mine' | 'theirs'): CalendarEntry;
}

/** Which value each choice keeps for one part: the changed side's, or each its own when both changed. */
export function settle<T>(base: T | undefined, hasBase: boolean, mine: T, theirs: T) {
  const [b, m, th] = [canonical(base), canonical(mine), canonical(theirs)];
  if (m === th || (hasBase && b === m)) return { conflict: false, mine: theirs, theirs };
  if (hasBase && b === th) return { conflict: false, mine, theirs: mine };
  return { conflict: true, mine, theirs };
}

/** Without `base` (an entry agreed on before the base was recorded) every part that differs conflicts. */
export function mergeEntries(
  base: CalendarEntry | undefined,
  mine: CalendarEntry,
  theirs: CalendarEntry,
): MergeResult {
  const conflicts: MergePart[] = [];
  const kept: Record<'mine' | 'theirs', Fields> = { mine: {}, theirs: {} };
  const hasBase = base !== undefined;
  for (const { kind, fields } of WHOLE_PARTS) {
    const part = settle(pick(base, fields), hasBase, pick(mine, fields), pick(theirs, fields));
    if (part.conflict) conflicts.push({ kind });
    Object.assign(kept.mine, part.mine);
    Object.assign(kept.theirs, part.theirs);
  }
  const drafts: Record<'mine' | 'theirs', CalendarEntry['drafts']> = { mine: {}, theirs: {} };
  const platforms = new Set(
    [base?.drafts, mine.drafts, theirs.drafts].flatMap((each) => Object.keys(each ?? {})) as PlatformId[],
  );
  for (const platform of [...platforms].sort()) {
    const part = settle(base?.drafts[platform], hasBase, mine.drafts[platform], theirs.drafts[platform]);
    if (part.conflict) conflicts.push({ kind: 'draft', platform });
    if (part.mine !== undefined) drafts.mine[platform] = part.mine;
    if (part.theirs !== undefined) drafts.theirs[platform] = part.theirs;
  }
  const createdAt = Math.min(mine.createdAt, theirs.createdAt);
  return {
    conflicts,
    keep: (choice) => {
      const entry = { ...theirs, ...kept[choice], drafts: drafts[choice], createdAt };
      // An optional field merged to "absent" is left out, as the calendar writes it.
      for (const key of Object.keys(entry) as (keyof CalendarEntry)[])
        if (entry[key] === undefined) delete entry[key];
      return entry;
    },
  };
}

/** Whether two versions say the same, apart from when they were saved. */
export function sameContent(a: CalendarEntry, b: CalendarEntry): boolean {
  return canonical({ ...a, updatedAt: 0 }) === canonical({ ...b, updatedAt: 0 });
}
