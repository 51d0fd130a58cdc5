import type { OnBrandDatabase } from '../db/database';
import type { CalendarEntry } from '../db/records';
import { type MergePart, mergeEntries, sameContent } from './merge';
import { agreed, nextUpdatedAt } from './replicator';

/**
 * An entry that another member changed while it had unsent edits here, in the same part (merge.ts): both
 * versions are kept until the user keeps one. What the calendar shows for it, and the choice.
 */
export interface TeamConflict {
  id: string;
  /** The local row; undefined when it was deleted here. */
  mine: CalendarEntry | undefined;
  theirs: CalendarEntry;
  /** The parts both changed; every other part is merged whichever version is kept. */
  parts: MergePart[];
}

export async function readConflict(db: OnBrandDatabase, id: string): Promise<TeamConflict | undefined> {
  const [state, mine] = await Promise.all([db.teamDocs.get(id), db.calendarEntries.get(id)]);
  if (!state?.conflict) return undefined;
  const theirs = state.conflict.entry;
  const parts = mine ? mergeEntries(state.base, mine, theirs).conflicts : [];
  return { id, mine, theirs, parts };
}

/** The ids of every entry waiting for that choice. */
export async function conflictedIds(db: OnBrandDatabase): Promise<Set<string>> {
  // By index (database version 12): an entry without a conflict is not in it.
  return new Set(await db.teamDocs.orderBy('conflict.rev').primaryKeys());
}

/**
 * Keeps one version of each part both changed, and the other side's changes elsewhere. Keeping theirs
 * untouched makes the entry the server's again; anything else is a new local edit of the server's version,
 * which the replicator pushes. Returns the entry as it now is (undefined if it stays deleted).
 */
export async function keepVersion(
  db: OnBrandDatabase,
  id: string,
  choice: 'mine' | 'theirs',
  now = Date.now(),
): Promise<CalendarEntry | undefined> {
  return db.transaction('rw', [db.calendarEntries, db.teamDocs], async () => {
    const [state, mine] = await Promise.all([db.teamDocs.get(id), db.calendarEntries.get(id)]);
    if (!state?.conflict) return mine;
    const { rev, entry: theirs, audit } = state.conflict;
    const settled = agreed(theirs, rev, audit);
    if (!mine) {
      // Deleted here: keeping mine deletes it on the server too (the push sends the deletion of `rev`).
      if (choice === 'mine') {
        await db.teamDocs.put(settled);
        return undefined;
      }
      await db.calendarEntries.put(theirs);
      await db.teamDocs.put(settled);
      return theirs;
    }
    const kept = mergeEntries(state.base, mine, theirs).keep(choice);
    const entry = sameContent(kept, theirs)
      ? theirs
      : { ...kept, updatedAt: nextUpdatedAt(now, mine, theirs) };
    await db.calendarEntries.put(entry);
    await db.teamDocs.put(settled);
    return entry;
  });
}
