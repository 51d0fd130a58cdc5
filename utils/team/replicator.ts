import Dexie, { type IntervalTree, type ObservabilitySet, RangeSet } from 'dexie';
import type { OnBrandDatabase } from '../db/database';
import type { CalendarEntry } from '../db/records';
import { type CouchClient, CouchError } from './couch-client';
import { calendarDocId, entryIdOf, fromCalendarDocument, toCalendarDocument } from './documents';
import { mergeEntries, sameContent } from './merge';
import {
  applyRecordChanges,
  outgoingRecords,
  recordPushResults,
  recordTables,
  refusedRecordProblem,
} from './record-sync';
import type { AuditEntry, TeamDocState, TeamProblem, TeamStatus } from './records';
import type { PulledEntry } from './review';
import { recordOf, SHARED_KINDS } from './shared-records';

/**
 * Two-way sync of calendar entries (and, through record-sync.ts, brands, saved replies and shared research
 * posts) between the local Dexie database (which the UI keeps reading) and one
 * workspace database, over CouchDB's HTTP API:
 *
 * - pull: `_changes` from the stored checkpoint with the documents, as a long poll, so another member's edit
 *   arrives as soon as the server has it; each document is validated before it becomes a row;
 * - push: whenever a calendar entry changes in any OnBrand page (Dexie's `storagemutated`, which crosses
 *   pages and the background), the entries edited since their last agreed revision go in one `_bulk_docs`.
 *
 * An entry edited here while the server's copy also changed is merged part by part against the version both
 * started from (merge.ts); when both changed the same part, the local row stays, the server's version waits
 * beside it in `teamDocs.conflict`, and neither is pushed over the other until the user keeps one.
 * Errors back off 1 s, 2 s, 4 s … up to a minute; a long poll ends every 25 s so a dead connection shows.
 */

export interface ReplicatorOptions {
  db: OnBrandDatabase;
  client: CouchClient;
  username: string;
  onStatus: (status: Omit<TeamStatus, 'at' | 'database' | 'username' | 'roles'>) => void;
  now?: () => number;
  /** Longest wait between retries after errors, in ms. */
  maxBackoff?: number;
  /**
   * Another member's versions, after a pulled batch is stored (not the echo of this install's pushes);
   * `live` once the first pull since start() has read the feed to its end (not the catch-up of what came
   * while this install was away or not yet connected).
   */
  onPulled?: (pulled: PulledEntry[], live: boolean) => void;
}

const FIRST_BACKOFF = 1000;

/** Why a request failed, and whether that means "offline" rather than "error". */
export function describeFailure(error: unknown): { state: 'offline' | 'error'; problem: TeamProblem } {
  if (error instanceof CouchError) {
    const detail = error.reason || error.error || `HTTP ${error.status}`;
    if (error.status === 401) return { state: 'error', problem: { code: 'credentials' } };
    if (error.status === 403) return { state: 'error', problem: { code: 'access', detail } };
    if (error.status === 404) return { state: 'error', problem: { code: 'missing' } };
    return { state: 'error', problem: { code: 'http', detail: `HTTP ${error.status}: ${detail}` } };
  }
  // fetch rejects with a TypeError when the network or the server cannot be reached (or CORS refuses).
  return { state: 'offline', problem: { code: 'unreachable' } };
}

/** The sync state of an entry this install and the server agree on: `entry` at revision `rev`. */
export function agreed(entry: CalendarEntry, rev: string, audit: AuditEntry[]): TeamDocState {
  return { id: entry.id, rev, syncedUpdatedAt: entry.updatedAt, audit, base: entry };
}

/** A local edit's time: after both versions it follows, so it is pushed and sorts as the newest. */
export function nextUpdatedAt(now: number, ...versions: CalendarEntry[]): number {
  return Math.max(now, ...versions.map((version) => version.updatedAt + 1));
}

export class TeamReplicator {
  private running = false;
  private poll: AbortController | undefined;
  private pushTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The entries the next push looks at: the ids written since the last push (Dexie's `storagemutated` names
   * them), or 'all' when that is not known (start, a range of keys, a failed push). Reading only these keeps a
   * push of one edit cheap in a calendar of 10,000 entries.
   */
  private dirty: Set<string> | 'all' = 'all';
  /** The same for brands, saved replies and research posts, by document id (`savedReply:<id>` …). */
  private dirtyRecords: Set<string> | 'all' = 'all';
  /** Pulls and pushes run one at a time, so a pushed revision is recorded before its echo is applied. */
  private queue: Promise<unknown> = Promise.resolve();
  private backoff = FIRST_BACKOFF;
  private pushBackoff = FIRST_BACKOFF;
  private failure: ReturnType<typeof describeFailure> | undefined;
  private stopListening: (() => void) | undefined;
  private wake: (() => void) | undefined;
  private stopped: Promise<void> | undefined;
  /** The pull has read the changes feed to its end once since start(): before that, nothing is up to date. */
  private caughtUp = false;

  constructor(private readonly options: ReplicatorOptions) {}

  private get db() {
    return this.options.db;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.caughtUp = false;
    // What was there before start() (edits while the background slept) is found by reading every row once.
    this.dirty = 'all';
    this.dirtyRecords = 'all';
    const calendarPart = `idb://${this.db.name}/calendarEntries/`;
    const statePart = `idb://${this.db.name}/teamDocs/`;
    const recordParts = SHARED_KINDS.map((kind) => ({
      part: `idb://${this.db.name}/${kind.table(this.db).name}/`,
      prefix: `${kind.type}:`,
    }));
    const recordStatePart = `idb://${this.db.name}/teamRecords/`;
    const onMutated = (parts: ObservabilitySet) => {
      if ('all' in parts) {
        this.markDirty('all');
        this.dirtyRecords = 'all';
      }
      const recordStates = parts[recordStatePart];
      if (recordStates) this.markRecordsDirty(recordStates, '');
      for (const { part, prefix } of recordParts) {
        const rows = parts[part];
        if (!rows) continue;
        this.markRecordsDirty(rows, prefix);
        this.schedulePush();
      }
      // The primary keys of the rows written or deleted, in any page or here. A state changed alone (keeping
      // mine of an entry deleted here) goes with the next push.
      const states = parts[statePart];
      if (states) this.markDirty(states);
      const rows = parts[calendarPart];
      if (rows || 'all' in parts) {
        if (rows) this.markDirty(rows);
        this.schedulePush();
      }
    };
    Dexie.on('storagemutated', onMutated);
    this.stopListening = () => Dexie.on('storagemutated').unsubscribe(onMutated);
    this.report('syncing');
    this.stopped = this.pullLoop();
    this.schedulePush();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopListening?.();
    clearTimeout(this.pushTimer);
    this.poll?.abort();
    this.wake?.();
    await this.stopped;
    await this.queue.catch(() => undefined);
  }

  /** Pushes local edits soon (a burst of writes becomes one request). */
  schedulePush(delay = 30): void {
    if (!this.running) return;
    clearTimeout(this.pushTimer);
    this.pushTimer = setTimeout(
      () =>
        void this.serial(async () => {
          try {
            await this.push();
            this.pushBackoff = FIRST_BACKOFF;
          } catch (error) {
            // Offline or refused as a whole: the edits stay here and go again later (or at the next edit).
            this.markDirty('all');
            this.dirtyRecords = 'all';
            this.failed(error);
            this.schedulePush(this.pushBackoff);
            this.pushBackoff = Math.min(this.pushBackoff * 2, this.options.maxBackoff ?? 60_000);
          }
        }),
      delay,
    );
  }

  private markDirty(keys: IntervalTree | 'all'): void {
    if (this.dirty === 'all') return;
    if (keys === 'all') {
      this.dirty = 'all';
      return;
    }
    for (const range of RangeSet(keys)) {
      if (typeof range.from !== 'string' || range.from !== range.to) {
        this.dirty = 'all';
        return;
      }
      this.dirty.add(range.from);
    }
  }

  /** Adds the rows `keys` names (document ids: `prefix` and the row's key) to the next push of records. */
  private markRecordsDirty(keys: IntervalTree, prefix: string): void {
    if (this.dirtyRecords === 'all') return;
    for (const range of RangeSet(keys)) {
      if (typeof range.from !== 'string' || range.from !== range.to) {
        this.dirtyRecords = 'all';
        return;
      }
      this.dirtyRecords.add(`${prefix}${range.from}`);
    }
  }

  /** Runs `task` after the ones before it; its failure is reported, not thrown. */
  private serial(task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(task).catch((error) => this.failed(error));
    this.queue = next;
    return next;
  }

  private async pullLoop(): Promise<void> {
    let longpoll = false;
    while (this.running) {
      try {
        const checkpoint = await this.db.teamCheckpoints.get(this.options.client.database);
        this.poll = new AbortController();
        // stop() may have come while the checkpoint was read, and aborted the previous request's controller.
        if (!this.running) break;
        const timer = setTimeout(() => this.poll?.abort(), 30_000);
        let feed: Awaited<ReturnType<CouchClient['changes']>>;
        try {
          feed = await this.options.client.changes(checkpoint?.since ?? 0, {
            longpoll,
            signal: this.poll.signal,
          });
        } finally {
          clearTimeout(timer);
        }
        await this.serial(() => this.apply(feed));
        if (this.failure) continue;
        // Caught up once the feed returns nothing new: from then on, wait on the server for the next change.
        longpoll = feed.results.length === 0 || longpoll;
        this.caughtUp = longpoll;
        if (longpoll) this.settled();
      } catch (error) {
        if (!this.running) break;
        if (error instanceof DOMException && error.name === 'AbortError') continue;
        this.failed(error);
      }
      if (this.failure && this.running) await this.pause();
    }
  }

  private pause(): Promise<void> {
    const wait = this.backoff;
    this.backoff = Math.min(this.backoff * 2, this.options.maxBackoff ?? 60_000);
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, wait);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private failed(error: unknown): void {
    if (!this.running) return;
    this.failure = describeFailure(error);
    this.report(this.failure.state, this.failure.problem);
  }

  /** A request went through: errors are over, the next ones back off from the start again. */
  private succeeded(): void {
    if (this.failure) {
      this.failure = undefined;
      this.backoff = FIRST_BACKOFF;
      this.schedulePush();
    }
  }

  private settled(): void {
    if (this.caughtUp && !this.failure && !this.pushTimer) void this.reportCounts();
  }

  private report(
    state: TeamStatus['state'],
    problem?: TeamProblem,
    counts: Pick<TeamStatus, 'refused' | 'conflicts' | 'conflictsByKind'> = {},
  ) {
    if (!this.running && state !== 'off') return;
    this.options.onStatus({ state, ...(problem === undefined ? {} : { problem }), ...counts });
  }

  /**
   * Up to date, or an error naming the first entry the server refused: the entry stays here as it is, and is
   * sent again once someone edits it.
   */
  private async reportCounts(): Promise<void> {
    // By index (database version 12): only the states with a refusal or a conflict are read.
    const { teamDocs, teamRecords } = this.db;
    const [refusedEntries, first, entryConflicts, recordConflicts, refusedRecords, firstRecord] =
      await Promise.all([
        teamDocs.orderBy('refused.updatedAt').count(),
        teamDocs.orderBy('refused.updatedAt').first(),
        teamDocs.orderBy('conflict.rev').count(),
        teamRecords.orderBy('conflict.rev').primaryKeys(),
        teamRecords.orderBy('refused.version').count(),
        teamRecords.orderBy('refused.version').first(),
      ]);
    const conflictsByKind = { calendarEntry: entryConflicts, brand: 0, savedReply: 0, researchPost: 0 };
    for (const docId of recordConflicts) {
      const kind = recordOf(docId)?.kind.type;
      if (kind) conflictsByKind[kind]++;
    }
    const conflicts = entryConflicts + recordConflicts.length;
    const counts = { refused: refusedEntries + refusedRecords, conflicts, conflictsByKind };
    if (first?.refused) {
      const title = (await this.db.calendarEntries.get(first.id))?.title ?? first.id;
      this.report('error', { code: 'refused', title, detail: first.refused.reason }, counts);
      return;
    }
    if (firstRecord?.refused) {
      this.report('error', await refusedRecordProblem(this.db, firstRecord), counts);
      return;
    }
    this.report('up-to-date', undefined, { ...counts, refused: 0 });
  }

  /** Applies one batch of the changes feed and moves the checkpoint past it, in one transaction. */
  private async apply(feed: Awaited<ReturnType<CouchClient['changes']>>): Promise<void> {
    this.succeeded();
    if (feed.results.length > 0) this.report('syncing');
    const { db } = this;
    let mergedAny = false;
    // A batch is read with two bulk reads and written with bulk writes (a row per request was most of an
    // initial sync's time); `_changes` names each document once per batch, at its latest revision.
    const changes = feed.results.flatMap((change) => {
      const id = entryIdOf(change.id);
      return id === undefined ? [] : [{ id, change }];
    });
    const ids = changes.map(({ id }) => id);
    const pulled: PulledEntry[] = [];
    let pushRecords = false;
    const tables = [db.calendarEntries, db.teamDocs, db.teamCheckpoints, ...recordTables(db)];
    await db.transaction('rw', tables, async () => {
      pushRecords = await applyRecordChanges(
        db,
        feed.results.filter((change) => recordOf(change.id) !== undefined),
      );
      const [locals, states] = await Promise.all([db.calendarEntries.bulkGet(ids), db.teamDocs.bulkGet(ids)]);
      const entryPuts: CalendarEntry[] = [];
      const statePuts: TeamDocState[] = [];
      const deletes: string[] = [];
      for (const [index, { id, change }] of changes.entries()) {
        const local = locals[index];
        const state = states[index];
        const editedHere = local !== undefined && local.updatedAt !== state?.syncedUpdatedAt;
        if (change.deleted) {
          if (!editedHere) deletes.push(id);
          continue;
        }
        const parsed = fromCalendarDocument(change.doc);
        if (!parsed.ok) {
          console.warn(`Team sync skipped ${change.id}: ${parsed.problem}`);
          continue;
        }
        if (parsed.rev === state?.rev) continue;
        if (local && editedHere && !sameContent(local, parsed.entry)) {
          const merge = mergeEntries(state?.base, local, parsed.entry);
          if (merge.conflicts.length > 0) {
            // Both changed the same part: both versions stay until the user keeps one (conflicts.ts).
            statePuts.push({
              ...(state ?? { id, audit: [] }),
              conflict: { rev: parsed.rev, entry: parsed.entry, audit: parsed.audit },
            });
            continue;
          }
          // Different parts changed: the merge is this install's next edit of the server's version.
          const merged = merge.keep('mine');
          if (!sameContent(merged, parsed.entry)) {
            entryPuts.push({ ...merged, updatedAt: nextUpdatedAt(this.now(), local, parsed.entry) });
            statePuts.push(agreed(parsed.entry, parsed.rev, parsed.audit));
            pulled.push({ before: local, entry: parsed.entry, audit: parsed.audit });
            mergedAny = true;
            continue;
          }
        }
        entryPuts.push(parsed.entry);
        statePuts.push(agreed(parsed.entry, parsed.rev, parsed.audit));
        pulled.push({ before: local, entry: parsed.entry, audit: parsed.audit });
      }
      if (deletes.length > 0) {
        await db.calendarEntries.bulkDelete(deletes);
        await db.teamDocs.bulkDelete(deletes);
      }
      if (entryPuts.length > 0) await db.calendarEntries.bulkPut(entryPuts);
      if (statePuts.length > 0) await db.teamDocs.bulkPut(statePuts);
      await db.teamCheckpoints.put({
        database: this.options.client.database,
        since: feed.last_seq,
        updatedAt: this.now(),
      });
    });
    if (pulled.length > 0) this.options.onPulled?.(pulled, this.caughtUp);
    if (mergedAny || pushRecords) this.schedulePush();
  }

  /** Sends every entry edited (or deleted) here since it last agreed with the server. */
  private async push(): Promise<void> {
    this.pushTimer = undefined;
    if (!this.running) return;
    const { db } = this;
    const dirty = this.dirty;
    this.dirty = new Set();
    const records = await outgoingRecords(db, this.dirtyRecords);
    this.dirtyRecords = new Set();
    let entries: CalendarEntry[];
    let states: TeamDocState[];
    if (dirty === 'all') {
      [entries, states] = await Promise.all([db.calendarEntries.toArray(), db.teamDocs.toArray()]);
    } else {
      const ids = [...dirty];
      const [rows, known] = await Promise.all([db.calendarEntries.bulkGet(ids), db.teamDocs.bulkGet(ids)]);
      entries = rows.filter((row) => row !== undefined);
      states = known.filter((state) => state !== undefined);
    }
    const stateOf = new Map(states.map((state) => [state.id, state]));
    const waiting = (entry: CalendarEntry, state: TeamDocState | undefined) =>
      state?.conflict !== undefined || state?.refused?.updatedAt === entry.updatedAt;
    const edited = entries.filter((entry) => {
      const state = stateOf.get(entry.id);
      return state?.syncedUpdatedAt !== entry.updatedAt && !waiting(entry, state);
    });
    const present = new Set(entries.map((entry) => entry.id));
    const deleted = states.filter((state) => !present.has(state.id) && !state.conflict);
    if (edited.length === 0 && deleted.length === 0 && records.length === 0) {
      this.settled();
      return;
    }
    this.report('syncing');
    const now = this.now();
    const docs = [
      ...edited.map((entry) => {
        const state = stateOf.get(entry.id);
        return toCalendarDocument(
          entry,
          { rev: state?.rev, audit: state?.audit ?? [] },
          this.options.username,
          now,
        );
      }),
      ...deleted.map((state) => ({ _id: calendarDocId(state.id), _rev: state.rev, _deleted: true })),
    ];
    const results = await this.options.client.bulkDocs([...docs, ...records.map(({ doc }) => doc)]);
    this.succeeded();
    await recordPushResults(db, records, results.slice(docs.length));
    await db.transaction('rw', [db.calendarEntries, db.teamDocs], async () => {
      for (const [index, result] of results.entries()) {
        const id = entryIdOf(result.id);
        const doc = docs[index];
        if (id === undefined || doc?._id !== result.id) continue;
        const state = stateOf.get(id);
        if (!('entry' in doc)) {
          if ('ok' in result) await db.teamDocs.delete(id);
          continue;
        }
        if ('ok' in result) {
          // The row may have been edited again while the request was out: only this version is agreed.
          await db.teamDocs.put(agreed(doc.entry, result.rev, doc.audit));
        } else if (result.error !== 'conflict') {
          // A conflict needs nothing here: the pull brings the server's version and keeps both.
          const reason = result.reason || result.error;
          await db.teamDocs.put({
            ...(state ?? { id, audit: [] }),
            refused: { updatedAt: doc.entry.updatedAt, reason },
          });
        }
      }
    });
    this.settled();
  }
}
