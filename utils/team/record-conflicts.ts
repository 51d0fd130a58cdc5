import type { OnBrandDatabase } from '../db/database';
import { recordTables } from './record-sync';
import type { SharedRecordType, TeamRecordState } from './records';
import {
  type Choice,
  mergeShared,
  recordDocId,
  recordOf,
  type SharedForm,
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

/**
 * Keeps one version of each field both changed, and the other side's changes elsewhere. Keeping theirs
 * untouched makes the row the server's again; anything else is a new local edit of the server's version,
 * which the replicator pushes.
 */
export async function keepRecordVersion(db: OnBrandDatabase, docId: string, choice: Choice): Promise<void> {
  const named = recordOf(docId);
  if (!named) return;
  const { kind, id } = named;
  await db.transaction('rw', recordTables(db), async () => {
    const [state, local] = await Promise.all([db.teamRecords.get(docId), kind.table(db).get(id)]);
    if (!state?.conflict) return;
    const { rev, record: theirs } = state.conflict;
    if (local) {
      const kept = mergeShared(kind, state.base, sharedForm(kind, local), theirs).keep(choice);
      const row = kind.fromShared(sameShared(kept, theirs) ? theirs : kept, local);
      if (!row.ok) throw new Error(row.problem);
      await kind.table(db).put(row.row);
    }
    await db.teamRecords.put({ id: docId, rev, base: theirs, origin: state.origin });
  });
}
