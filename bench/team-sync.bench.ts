// Team sync figures for `npm run bench`: the local CouchDB-protocol server of `npm run team-server`
// (express-pouchdb over an in-memory PouchDB, in this process) and OnBrand installs as Dexie databases on
// fake-indexeddb, each with the background's replicator (utils/team/replicator.ts).
// - initial sync: a new member's empty install pulls a workspace of 10,000 calendar entries (target ≤ 30 s);
// - edit latency: with both installs holding the 10,000 entries, one member saves an edit and the time runs
//   until the other install's calendar row has it (target ≤ 2 s median). It ends on Dexie's
//   `storagemutated` signal of the other install's table, not on a poll.
// What this is not: a browser's native IndexedDB, a network between the two, or Apache CouchDB.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, bench, describe } from 'vitest';
import type { PlatformId } from '@/utils/checks/types';
import { calendarRepository } from '@/utils/db/calendar';
import { OnBrandDatabase } from '@/utils/db/database';
import { CALENDAR_STATUSES, type CalendarEntry } from '@/utils/db/records';
import { couchClient } from '@/utils/team/couch-client';
import { toCalendarDocument } from '@/utils/team/documents';
import type { TeamStatus } from '@/utils/team/records';
import { TeamReplicator } from '@/utils/team/replicator';
import { joinWorkspace } from '@/utils/team/workspace';
import { addTeamMember, startTeamServer, type TeamServer } from '../scripts/team-server.mjs';

const ENTRIES = 10_000;
const START = Date.parse('2027-01-01T09:00:00Z');
const PLATFORMS: PlatformId[][] = [['x'], ['linkedin', 'x'], ['instagram'], ['bluesky', 'threads']];

function makeEntry(index: number): CalendarEntry {
  const platforms = PLATFORMS[index % PLATFORMS.length] as PlatformId[];
  return {
    id: `team-bench-${index}`,
    title: `Post ${index}: a product update for the spring campaign`,
    at: START + index * 3_600_000,
    timeZone: 'Europe/Berlin',
    platforms,
    // Drafts and in review only: a writer may write those (the server refuses a writer's approval).
    status: CALENDAR_STATUSES[index % 2] ?? 'draft',
    campaign: `Campaign ${index % 7}`,
    drafts: Object.fromEntries(
      platforms.map((platform) => [platform, `Draft ${index} for ${platform}: https://example.com/${index}`]),
    ),
    relationship: 'none',
    assets: [],
    researchPostIds: [],
    notes: '',
    createdAt: START,
    updatedAt: START,
  };
}

let server: TeamServer;
let database: string;
let installs = 0;
const running: { replicator: TeamReplicator; db: OnBrandDatabase }[] = [];

/** An install signed in as `username`, replicating; resolves once it is up to date, with the time taken. */
async function install(username: string, password: string) {
  const db = new OnBrandDatabase(`team-bench-${++installs}`);
  const client = couchClient({ database, username, password }, (url, init) => fetch(url, init));
  let upToDate: () => void = () => undefined;
  let failed: (error: Error) => void = () => undefined;
  const synced = new Promise<void>((resolve, reject) => {
    upToDate = resolve;
    failed = reject;
  });
  const replicator = new TeamReplicator({
    db,
    client,
    username,
    onStatus: (status: Omit<TeamStatus, 'at'>) => {
      if (status.state === 'up-to-date') upToDate();
      if (status.state === 'error' || status.state === 'offline')
        failed(new Error(`Team sync failed: ${JSON.stringify(status)}`));
    },
  });
  running.push({ replicator, db });
  const started = performance.now();
  replicator.start();
  await synced;
  const ms = performance.now() - started;
  const rows = await db.calendarEntries.count();
  if (rows < ENTRIES) throw new Error(`Only ${rows} of ${ENTRIES} entries arrived.`);
  return { db, replicator, ms };
}

async function removeInstall({ replicator, db }: (typeof running)[number]) {
  await replicator.stop();
  db.close();
  await Dexie.delete(db.name);
}

/** Resolves when `db`'s row `id` has `title`, on Dexie's signal that the calendar table changed. */
function rowArrives(db: OnBrandDatabase, id: string, title: string): Promise<void> {
  const part = `idb://${db.name}/calendarEntries/`;
  return new Promise((resolve, reject) => {
    const onMutated = (parts: Record<string, unknown>) => {
      if (!Object.keys(parts).some((key) => key.startsWith(part))) return;
      db.calendarEntries.get(id).then((row) => {
        if (row?.title !== title) return;
        Dexie.on('storagemutated').unsubscribe(onMutated);
        resolve();
      }, reject);
    };
    Dexie.on('storagemutated', onMutated);
  });
}

{
  server = await startTeamServer({ port: 0 });
  database = `${server.url}/team-bench`;
  await addTeamMember(server, 'wendy', 'writer-pw', ['writer']);
  await addTeamMember(server, 'rita', 'reviewer-pw', ['reviewer']);
  const admin = couchClient({ database, username: 'admin', password: 'admin' }, (url, init) =>
    fetch(url, init),
  );
  await joinWorkspace(admin);
  // The workspace as the writer filled it, 1,000 documents a request.
  const wendy = couchClient({ database, username: 'wendy', password: 'writer-pw' }, (url, init) =>
    fetch(url, init),
  );
  for (let from = 0; from < ENTRIES; from += 1000) {
    const docs = Array.from({ length: Math.min(1000, ENTRIES - from) }, (_, i) =>
      toCalendarDocument(makeEntry(from + i), { audit: [] }, 'wendy', START),
    );
    const results = await wendy.bulkDocs(docs);
    const refused = results.find((result) => !('ok' in result));
    if (refused) throw new Error(`Seeding refused: ${JSON.stringify(refused)}`);
  }
}
// The two members' installs the edit is measured between; their own initial syncs are figures too.
const writer = await install('wendy', 'writer-pw');
const reviewer = await install('rita', 'reviewer-pw');
console.log(
  `initial sync of ${ENTRIES} entries: the writer's install ${(writer.ms / 1000).toFixed(1)} s, the reviewer's ${(reviewer.ms / 1000).toFixed(1)} s`,
);

afterAll(async () => {
  for (const one of running.splice(0)) await removeInstall(one);
  await server?.close();
});

describe(`team sync, ${ENTRIES.toLocaleString('en')} calendar entries`, () => {
  bench(
    `initial sync of ${ENTRIES.toLocaleString('en')} entries into a new install`,
    async () => {
      const { ms } = await install('rita', 'reviewer-pw');
      console.log(`initial sync of ${ENTRIES} entries into a new install: ${(ms / 1000).toFixed(1)} s`);
      const one = running.pop();
      if (one) await removeInstall(one);
    },
    { iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});

describe(`team sync, one edit among ${ENTRIES.toLocaleString('en')} entries on each side`, () => {
  let edits = 0;
  bench(
    'one edit saved by the writer, until the reviewer’s install has it',
    async () => {
      const id = `team-bench-${(edits * 37) % ENTRIES}`;
      const title = `Edited title ${++edits}`;
      const calendar = calendarRepository(writer.db);
      const current = (await calendar.get(id)) as CalendarEntry;
      const arrived = rowArrives(reviewer.db, id, title);
      await calendar.save({ ...current, title, updatedAt: Date.now() });
      await arrived;
    },
    {
      iterations: 10,
      time: 0,
      warmupIterations: 1,
      warmupTime: 0,
    },
  );
});
