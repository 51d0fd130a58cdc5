import type { OnBrandDatabase } from '../db/database';
import type { ChangesFeed, CouchClient } from './couch-client';
import { canonical } from './merge';
import type { TeamProblem, TeamRecordState } from './records';
import {
  fromRecordDocument,
  mergeShared,
  recordDocId,
  recordOf,
  recordTitle,
  SHARED_KINDS,
  type SharedForm,
  type SharedKind,
  sameShared,
  sharedForm,
  toRecordDocument,
} from './shared-records';

/**
 * The replicator's half for brands, saved replies and shared research posts (the calendar's half is in
 * replicator.ts): applying pulled documents to their tables and pushing the rows edited here. Rows are few
 * (tens to a few thousand), so a row is compared with the version last agreed (`teamRecords.base`) rather
 * than tracked by a timestamp: research posts have none, and a reply's use count changes without one.
 */

type Row = { id: string } & Record<string, unknown>;

/** The Dexie tables a pull or push of records writes. */
export function recordTables(db: OnBrandDatabase) {
  return [db.brands, db.savedReplies, db.researchPosts, db.teamRecords];
}

/** Whether `row` (the row here, shared) differs from the version agreed in `state`. */
function editedSince(kind: SharedKind, row: Row, state: TeamRecordState | undefined): boolean {
  return canonical(sharedForm(kind, row as never)) !== canonical(state?.base);
}

/**
 * Stores `row` in its table, in a transaction the caller holds. When another row here already holds its
 * unique value (two members saved the same shortcut or permalink), both stay: the arriving row takes the
 * first free variant (`thanks-2`, `…#2`) here; the row already here keeps its own.
 */
async function putBeside(
  kind: SharedKind,
  db: OnBrandDatabase,
  row: Row,
  taken: Map<string, string>,
): Promise<Row> {
  const field = kind.unique;
  const value = field === undefined ? undefined : row[field];
  if (field === undefined || typeof value !== 'string' || !kind.variant) {
    await kind.table(db).put(row as never);
    return row;
  }
  const holder = async (candidate: string) =>
    taken.get(candidate) ??
    ((await kind.table(db).where(field).equals(candidate).first()) as Row | undefined)?.id;
  let free = value;
  for (let n = 2; ((await holder(free)) ?? row.id) !== row.id; n++) free = kind.variant(value, n);
  const stored = free === value ? row : { ...row, [field]: free };
  taken.set(free, row.id);
  await kind.table(db).put(stored as never);
  return stored;
}

/**
 * Applies the pulled changes of shared records, in the caller's transaction (with recordTables()). Returns
 * whether something here now waits to be pushed (a merge, or a row edited here whose document was deleted).
 */
export async function applyRecordChanges(
  db: OnBrandDatabase,
  results: ChangesFeed['results'],
): Promise<boolean> {
  let push = false;
  const taken = new Map<string, string>();
  for (const change of results) {
    const named = recordOf(change.id);
    if (!named) continue;
    const { kind, id } = named;
    const table = kind.table(db);
    const [local, state] = await Promise.all([
      table.get(id) as Promise<Row | undefined>,
      db.teamRecords.get(change.id),
    ]);
    const shareable = local !== undefined && kind.shared(local as never);
    const editedHere = shareable && editedSince(kind, local, state);
    if (change.deleted) {
      if (!state && !local) continue;
      await db.teamRecords.delete(change.id);
      if (local && kind.type === 'researchPost' && state?.origin === 'here') {
        // Another member unshared the post this member shared: the team's copy is gone, this one stays private.
        if (shareable) await table.put({ ...local, shared: false } as never);
      } else if (local && !editedHere && shareable) {
        await table.delete(id);
      }
      // Edited here meanwhile: the row stays and is pushed again as a new document.
      push ||= editedHere;
      continue;
    }
    const parsed = fromRecordDocument(change.doc, local as never);
    if (!parsed.ok) {
      console.warn(`Team sync skipped ${change.id}: ${parsed.problem}`);
      continue;
    }
    if (parsed.rev === state?.rev || parsed.rev === state?.conflict?.rev) continue;
    const agreed = (form: SharedForm): TeamRecordState => ({
      id: change.id,
      rev: parsed.rev,
      base: form,
      origin: state?.origin ?? 'team',
    });
    if (local && !shareable) {
      // Unshared here, the deletion not yet sent: the row stays private; the deletion goes with this revision.
      await db.teamRecords.put(agreed(parsed.form));
      continue;
    }
    if (local && editedHere && !sameShared(sharedForm(kind, local as never), parsed.form)) {
      const merge = mergeShared(kind, state?.base, sharedForm(kind, local as never), parsed.form);
      const row =
        merge.conflicts.length === 0 ? kind.fromShared(merge.keep('mine'), local as never) : undefined;
      if (row?.ok) {
        // Different parts changed: the merge is this install's next edit of the server's version.
        await table.put(row.row as never);
        await db.teamRecords.put(agreed(parsed.form));
        push = true;
        continue;
      }
      // Both changed the same field: the row here stays as it is and the server's version waits beside it,
      // neither pushed over the other, until the user keeps one (record-conflicts.ts). Nothing is lost.
      await db.teamRecords.put({
        ...(state ?? { id: change.id, origin: 'here' }),
        conflict: { rev: parsed.rev, record: parsed.form },
      });
      continue;
    }
    const stored = await putBeside(kind, db, parsed.row as Row, taken);
    // A row stored with another shortcut or permalink than the team's is not an edit to push.
    await db.teamRecords.put(agreed(stored === parsed.row ? parsed.form : sharedForm(kind, stored as never)));
  }
  return push;
}

type Outgoing = { kind: SharedKind; state: TeamRecordState | undefined } & (
  | { row: Row; doc: ReturnType<typeof toRecordDocument> }
  | { row?: undefined; doc: { _id: string; _rev: string; _deleted: true } }
);

/**
 * What to send: each shared row that differs from the version agreed (and is not the version the server
 * refused), and a deletion for each document whose row was deleted here or (research) unshared.
 * `dirty`: the document ids written since the last push, or 'all'.
 */
export async function outgoingRecords(db: OnBrandDatabase, dirty: Set<string> | 'all'): Promise<Outgoing[]> {
  const outgoing: Outgoing[] = [];
  for (const kind of SHARED_KINDS) {
    const prefix = `${kind.type}:`;
    let rows: Row[];
    let states: TeamRecordState[];
    if (dirty === 'all') {
      [rows, states] = await Promise.all([
        kind.table(db).toArray() as Promise<Row[]>,
        db.teamRecords.where('id').startsWith(prefix).toArray(),
      ]);
    } else {
      const docIds = [...dirty].filter((docId) => docId.startsWith(prefix));
      if (docIds.length === 0) continue;
      const [found, known] = await Promise.all([
        kind.table(db).bulkGet(docIds.map((docId) => docId.slice(prefix.length))) as Promise<
          (Row | undefined)[]
        >,
        db.teamRecords.bulkGet(docIds),
      ]);
      rows = found.filter((row) => row !== undefined);
      states = known.filter((state) => state !== undefined);
    }
    const stateOf = new Map(states.map((state) => [state.id, state]));
    const present = new Set<string>();
    for (const row of rows) {
      const docId = recordDocId(kind.type, row.id);
      const state = stateOf.get(docId);
      if (!kind.shared(row as never)) continue;
      present.add(docId);
      // Two versions wait for the user's choice: neither goes over the other.
      if (state?.conflict || !editedSince(kind, row, state)) continue;
      const doc = toRecordDocument(kind, row as never, state?.rev);
      if (state?.refused?.version === canonical(doc.record)) continue;
      outgoing.push({ kind, state, row, doc });
    }
    for (const state of states) {
      if (present.has(state.id) || state.refused?.version === 'deleted') continue;
      if (state.rev === undefined) {
        await db.teamRecords.delete(state.id);
        continue;
      }
      // Deleted (or unshared) while two versions waited: the deletion is the choice, of the server's version.
      const rev = state.conflict?.rev ?? state.rev;
      outgoing.push({ kind, state, doc: { _id: state.id, _rev: rev, _deleted: true } });
    }
  }
  return outgoing;
}

/** Records the server's per-document answers to a push of `outgoing`. */
export async function recordPushResults(
  db: OnBrandDatabase,
  outgoing: Outgoing[],
  results: Awaited<ReturnType<CouchClient['bulkDocs']>>,
): Promise<void> {
  const sent = new Map(outgoing.map((item) => [item.doc._id, item]));
  await db.transaction('rw', db.teamRecords, async () => {
    for (const result of results) {
      const item = sent.get(result.id);
      if (!item) continue;
      const record = 'record' in item.doc ? item.doc.record : undefined;
      if ('ok' in result) {
        if (record === undefined) await db.teamRecords.delete(result.id);
        else
          await db.teamRecords.put({
            id: result.id,
            rev: result.rev,
            base: record,
            origin: item.state?.origin ?? 'here',
          });
      } else if (result.error !== 'conflict') {
        // A conflict needs nothing here: the pull brings the server's version and merges or keeps both.
        await db.teamRecords.put({
          ...(item.state ?? { id: result.id, origin: 'here' }),
          refused: {
            version: record === undefined ? 'deleted' : canonical(record),
            reason: result.reason || result.error,
          },
        });
      }
    }
  });
}

/**
 * What Settings → Team says about a brand, reply or research post the server refused: which one (by the row
 * here, or by the version last agreed when the refused change was its deletion), and the server's reason.
 */
export async function refusedRecordProblem(
  db: OnBrandDatabase,
  state: TeamRecordState,
): Promise<TeamProblem> {
  const named = recordOf(state.id);
  const deletion = state.refused?.version === 'deleted';
  const row =
    named && !deletion ? ((await named.kind.table(db).get(named.id)) as Row | undefined) : undefined;
  const form = row ?? state.base;
  return {
    code: 'refused',
    title: form ? recordTitle(form) : state.id,
    detail: state.refused?.reason,
    ...(named ? { record: named.kind.type } : {}),
    deletion,
  };
}
