import type { OnBrandDatabase } from '../db/database';
import { t } from '../i18n';
import { recordTables } from './record-sync';
import type { SharedRecordType, TeamRecordState } from './records';
import {
  type Choice,
  mergeShared,
  recordDocId,
  recordOf,
  recordTitle,
  type SharedForm,
  type SharedKind,
  sameShared,
  sharedForm,
} from './shared-records';

/**
 * A brand, saved reply or research post that another member changed while it had unsent edits here, in the
 * same field (shared-records.ts, mergeShared): both versions are kept until the user keeps one, as for
 * calendar entries (conflicts.ts). What the dashboard shows for it, and the choice.
 */
export interface RecordConflict {
  docId: string;
  /** The row's id in its table. */
  id: string;
  /** The shared forms: the row here, and the server's version. */
  mine: SharedForm;
  theirs: SharedForm;
  /** The fields both changed; every other field is merged whichever version is kept. */
  fields: string[];
}

/** Every record of `type` waiting for that choice, found by the conflicts' own rows of `teamRecords`. */
export async function readRecordConflicts(
  db: OnBrandDatabase,
  type: SharedRecordType,
): Promise<RecordConflict[]> {
  // By index (database version 12): a record without a conflict is not in it.
  const prefix = recordDocId(type, '');
  const states = await db.teamRecords
    .orderBy('conflict.rev')
    .filter((state) => state.id.startsWith(prefix))
    .toArray();
  const conflicts: RecordConflict[] = [];
  for (const state of states) {
    const found = await conflictOf(db, state);
    if (found) conflicts.push(found);
  }
  return conflicts;
}

async function conflictOf(db: OnBrandDatabase, state: TeamRecordState): Promise<RecordConflict | undefined> {
  const named = recordOf(state.id);
  if (!named || !state.conflict) return undefined;
  const local = await named.kind.table(db).get(named.id);
  if (!local) return undefined;
  const mine = sharedForm(named.kind, local);
  const theirs = state.conflict.record;
  const { conflicts } = mergeShared(named.kind, state.base, mine, theirs);
  return { docId: state.id, id: named.id, mine, theirs, fields: conflicts };
}

/** A version that could not be kept: its shortcut or permalink is another row's here (`holder`, by title). */
export interface TakenValue {
  field: 'shortcut' | 'permalink';
  value: string;
  holder: string;
}

/** What keepRecordVersion did: kept, or nothing changed because the version's unique value is taken here. */
export type KeepResult = { kept: true } | { kept: false; taken: TakenValue };

/**
 * Keeps one version of each field both changed, and the other side's changes elsewhere. Keeping theirs
 * untouched makes the row the server's again; anything else is a new local edit of the server's version,
 * which the replicator pushes.
 *
 * When the version kept has a shortcut (or permalink) another row here already holds, the choice is refused
 * and nothing changes: both rows and both versions stay, and the user is told which row holds it. Renaming it
 * instead (as a pull does, sync's putBeside) would send the renamed shortcut to the whole team as this
 * member's edit, a change nobody made; the user settles which reply keeps the shortcut, then chooses again.
 */
export async function keepRecordVersion(
  db: OnBrandDatabase,
  docId: string,
  choice: Choice,
): Promise<KeepResult> {
  const named = recordOf(docId);
  if (!named) return { kept: true };
  const { kind, id } = named;
  return db.transaction('rw', recordTables(db), async (): Promise<KeepResult> => {
    const [state, local] = await Promise.all([db.teamRecords.get(docId), kind.table(db).get(id)]);
    if (!state?.conflict) return { kept: true };
    const { rev, record: theirs } = state.conflict;
    if (local) {
      const kept = mergeShared(kind, state.base, sharedForm(kind, local), theirs).keep(choice);
      const row = kind.fromShared(sameShared(kept, theirs) ? theirs : kept, local);
      if (!row.ok) throw new Error(row.problem);
      const taken = await takenHere(kind, db, row.row);
      if (taken) return { kept: false, taken };
      await kind.table(db).put(row.row);
    }
    await db.teamRecords.put({ id: docId, rev, base: theirs, origin: state.origin });
    return { kept: true };
  });
}

/** The other row here holding `row`'s shortcut or permalink, if any. */
async function takenHere(
  kind: SharedKind,
  db: OnBrandDatabase,
  row: SharedForm,
): Promise<TakenValue | undefined> {
  // A union of row types knows only their common keys: the field is one of the two that have a unique index.
  const field = kind.unique as TakenValue['field'] | undefined;
  const value = field === undefined ? undefined : row[field];
  if (field === undefined || typeof value !== 'string') return undefined;
  const holder = await kind.table(db).where(field).equals(value).first();
  if (!holder || holder.id === row.id) return undefined;
  return { field, value, holder: recordTitle(sharedForm(kind, holder)) };
}

/** What the dashboard says about a choice that was not kept, in the UI language; undefined when it was. */
export function keptRecordText(result: KeepResult): string | undefined {
  if (result.kept) return undefined;
  const { field, value, holder } = result.taken;
  return t(field === 'shortcut' ? 'teamKeepShortcutTaken' : 'teamKeepPermalinkTaken', value, holder);
}
