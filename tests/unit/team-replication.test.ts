import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { calendarRepository } from '@/utils/db/calendar';
import { OnBrandDatabase } from '@/utils/db/database';
import type { CalendarEntry } from '@/utils/db/records';
import { conflictedIds, keepVersion, readConflict } from '@/utils/team/conflicts';
import { couchClient } from '@/utils/team/couch-client';
import { toCalendarDocument } from '@/utils/team/documents';
import { conflictsText, problemText } from '@/utils/team/problem-text';
import { keepRecordVersion, readRecordConflicts } from '@/utils/team/record-conflicts';
import type { TeamProblem, TeamStatus } from '@/utils/team/records';
import { TeamReplicator } from '@/utils/team/replicator';
import { joinWorkspace } from '@/utils/team/workspace';
import { addTeamMember, startTeamServer, type TeamServer } from '../../scripts/team-server.mjs';
import { setTestUiLanguage } from '../setup/i18n';
import { calendarEntry } from './calendar-entry';
import { FULL_BRAND, FULL_REPLY, FULL_RESEARCH } from './team-shared-records';

/**
 * Two OnBrand installs (two Dexie databases) syncing through the same local CouchDB-protocol server that
 * `npm run team-server` starts: what one saves, the other reads; what the rules forbid, the server refuses.
 */
let server: TeamServer;
let database: string;
const running: { replicator: TeamReplicator; db: OnBrandDatabase }[] = [];

beforeAll(async () => {
  server = await startTeamServer({ port: 0 });
  database = `${server.url}/acme-social`;
  await addTeamMember(server, 'wendy', 'writer-pw', ['writer']);
  await addTeamMember(server, 'rita', 'reviewer-pw', ['reviewer']);
  // The workspace (database, members, rules) is set up once, as an admin's first connection does; the
  // tests' installs are the members'.
  await joinWorkspace(
    couchClient({ database, username: 'admin', password: 'admin' }, (url, init) => fetch(url, init)),
  );
});
afterAll(() => server.close());
afterEach(async () => {
  for (const { replicator, db } of running.splice(0)) {
    await replicator.stop();
    db.close();
    await Dexie.delete(db.name);
  }
});

let installs = 0;
/** One install signed in as `username`, its replicator running; `statuses` are what Settings → Team shows. */
async function install(username: string, password: string) {
  const db = new OnBrandDatabase(`team-install-${++installs}`);
  const client = couchClient({ database, username, password }, (url, init) => fetch(url, init));
  const membership = await joinWorkspace(client);
  const statuses: Omit<TeamStatus, 'at'>[] = [];
  /** What each pulled batch brought, as "id: status (live)" — the background's review notifications' input. */
  const pulled: string[] = [];
  const replicator = new TeamReplicator({
    db,
    client,
    username,
    onStatus: (s) => statuses.push(s),
    onPulled: (batch, live) =>
      pulled.push(...batch.map(({ entry }) => `${entry.id}: ${entry.status}${live ? ' (live)' : ''}`)),
  });
  replicator.start();
  running.push({ replicator, db });
  return { db, calendar: calendarRepository(db), statuses, membership, client, pulled };
}

describe('team sync through a CouchDB-protocol server', () => {
  it('sets the workspace up when an admin connects: database, members by role, validation rules', async () => {
    const admin = await install('admin', 'admin');
    expect(admin.membership).toEqual({ username: 'admin', roles: ['_admin'], installed: true });
    const writer = await install('wendy', 'writer-pw');
    expect(writer.membership).toEqual({ username: 'wendy', roles: ['writer'], installed: false });
    const security = await admin.client.getDocument<{ members: { roles: string[] } }>('_security');
    expect(security.members.roles).toEqual(['writer', 'reviewer']);
  });

  it("shows the writer's entry to the reviewer, and the reviewer's approval to the writer, with the audit trail", async () => {
    const writer = await install('wendy', 'writer-pw');
    const reviewer = await install('rita', 'reviewer-pw');
    const entry = calendarEntry({ id: 'launch', status: 'in-review', updatedAt: Date.now() });
    await writer.calendar.save(entry);

    await expect.poll(() => reviewer.calendar.get('launch'), { timeout: 5000 }).toEqual(entry);
    const seen = (await reviewer.calendar.get('launch')) as typeof entry;
    await reviewer.calendar.save({ ...seen, status: 'approved', updatedAt: Date.now() });

    await expect
      .poll(async () => (await writer.calendar.get('launch'))?.status, { timeout: 5000 })
      .toBe('approved');
    const trail = (await writer.db.teamDocs.get('launch'))?.audit.map(({ by, status }) => `${by}: ${status}`);
    expect(trail).toEqual(['wendy: in-review', 'rita: approved']);
    await expect.poll(() => writer.statuses.at(-1)?.state).toBe('up-to-date');
  });

  it("hands another member's entries to the review notifications, live once caught up, never my own", async () => {
    const writer = await install('wendy', 'writer-pw');
    await writer.calendar.save(
      calendarEntry({ id: 'before-rita', status: 'in-review', updatedAt: Date.now() }),
    );
    await expect.poll(async () => (await writer.db.teamDocs.get('before-rita'))?.rev).toMatch(/^1-/);
    const reviewer = await install('rita', 'reviewer-pw');
    await expect.poll(() => reviewer.statuses.at(-1)?.state, { timeout: 5000 }).toBe('up-to-date');
    await writer.calendar.save(calendarEntry({ id: 'for-rita', status: 'in-review', updatedAt: Date.now() }));
    await expect.poll(() => reviewer.pulled, { timeout: 5000 }).toContain('for-rita: in-review (live)');
    // What was there before Rita connected is catch-up, not news.
    expect(reviewer.pulled).toContain('before-rita: in-review');
    expect(reviewer.pulled).not.toContain('before-rita: in-review (live)');
    expect(writer.pulled.filter((line) => line.includes('rita'))).toEqual([]);
  });

  it('says up to date only once a new install has every entry of a workspace that takes several batches', async () => {
    const big = `${server.url}/big-workspace`;
    await joinWorkspace(
      couchClient({ database: big, username: 'admin', password: 'admin' }, (url, init) => fetch(url, init)),
    );
    const client = couchClient({ database: big, username: 'wendy', password: 'writer-pw' }, (url, init) =>
      fetch(url, init),
    );
    const docs = Array.from({ length: 700 }, (_, index) =>
      toCalendarDocument(calendarEntry({ id: `many-${index}` }), { audit: [] }, 'wendy', 1),
    );
    await client.bulkDocs(docs);
    const db = new OnBrandDatabase(`team-install-${++installs}`);
    let rowsWhenUpToDate: Promise<number> | undefined;
    const replicator = new TeamReplicator({
      db,
      client,
      username: 'wendy',
      onStatus: (status) => {
        if (status.state === 'up-to-date') rowsWhenUpToDate ??= db.calendarEntries.count();
      },
    });
    replicator.start();
    running.push({ replicator, db });
    await expect.poll(() => rowsWhenUpToDate, { timeout: 8000 }).toBeDefined();
    expect(await rowsWhenUpToDate).toBe(700);
  });

  it("keeps a writer's own approval local and says the server refused it", async () => {
    const writer = await install('wendy', 'writer-pw');
    await writer.calendar.save(
      calendarEntry({ id: 'sneaky', title: 'Sneaky', status: 'approved', updatedAt: Date.now() }),
    );
    await expect
      .poll(() => writer.statuses.at(-1), { timeout: 5000 })
      .toEqual({
        state: 'error',
        problem: {
          code: 'refused',
          title: 'Sneaky',
          detail: 'Only a reviewer can set an entry to approved.',
        },
        refused: 1,
        conflicts: 0,
        conflictsByKind: { calendarEntry: 0, brand: 0, savedReply: 0, researchPost: 0 },
      });
    expect((await writer.calendar.get('sneaky'))?.status).toBe('approved');
  });

  it('reports wrong credentials as an error with the reason, and an unreachable server as offline', async () => {
    const db = new OnBrandDatabase(`team-install-${++installs}`);
    const statuses: Omit<TeamStatus, 'at'>[] = [];
    const wrong = couchClient({ database, username: 'wendy', password: 'nope' }, (url, init) =>
      fetch(url, init),
    );
    const replicator = new TeamReplicator({
      db,
      client: wrong,
      username: 'wendy',
      onStatus: (s) => statuses.push(s),
    });
    replicator.start();
    running.push({ replicator, db });
    await expect
      .poll(() => statuses.at(-1))
      .toEqual({
        state: 'error',
        problem: { code: 'credentials' },
      });

    const db2 = new OnBrandDatabase(`team-install-${++installs}`);
    const closed = couchClient(
      { database: 'http://127.0.0.1:9/acme-social', username: 'wendy', password: 'x' },
      (url, init) => fetch(url, init),
    );
    const offline = new TeamReplicator({
      db: db2,
      client: closed,
      username: 'wendy',
      onStatus: (s) => statuses.push(s),
    });
    offline.start();
    running.push({ replicator: offline, db: db2 });
    await expect.poll(() => statuses.at(-1)).toEqual({ state: 'offline', problem: { code: 'unreachable' } });
  });

  it('sends every request, credentials included, to the configured server only', async () => {
    const db = new OnBrandDatabase(`team-install-${++installs}`);
    const origins = new Set<string>();
    const client = couchClient({ database, username: 'wendy', password: 'writer-pw' }, (url, init) => {
      origins.add(new URL(url).origin);
      return fetch(url, init);
    });
    const statuses: Omit<TeamStatus, 'at'>[] = [];
    const replicator = new TeamReplicator({
      db,
      client,
      username: 'wendy',
      onStatus: (s) => statuses.push(s),
    });
    replicator.start();
    running.push({ replicator, db });
    await calendarRepository(db).save(calendarEntry({ id: 'where', updatedAt: Date.now() }));
    await expect.poll(async () => (await db.teamDocs.get('where'))?.rev, { timeout: 5000 }).toMatch(/^1-/);
    expect([...origins]).toEqual([new URL(server.url).origin]);
    // A document id cannot leave the database's path, let alone its origin.
    await expect(client.getDocument('//evil.example/x')).rejects.toMatchObject({ status: 404 });
    expect([...origins]).toEqual([new URL(server.url).origin]);
  });

  /** The writer Wendy's install, whose network can be cut (`network.online = false`), beside a reviewer's. */
  async function writerWithCable() {
    const reviewer = await install('rita', 'reviewer-pw');
    const db = new OnBrandDatabase(`team-install-${++installs}`);
    const network = { online: true };
    const client = couchClient({ database, username: 'wendy', password: 'writer-pw' }, (url, init) =>
      network.online ? fetch(url, init) : Promise.reject(new TypeError('Failed to fetch')),
    );
    const statuses: Omit<TeamStatus, 'at'>[] = [];
    const replicator = new TeamReplicator({
      db,
      client,
      username: 'wendy',
      onStatus: (s) => statuses.push(s),
      maxBackoff: 200,
    });
    replicator.start();
    running.push({ replicator, db });
    await expect.poll(() => statuses.at(-1)?.state).toBe('up-to-date');
    return { db, network, statuses, replicator, writer: calendarRepository(db), reviewer };
  }

  it('keeps an edit made offline and sends it once the server can be reached again', async () => {
    const { network, statuses, writer, reviewer } = await writerWithCable();
    network.online = false;
    await writer.save(
      calendarEntry({ id: 'on-the-train', title: 'Written on the train', updatedAt: Date.now() }),
    );
    await expect.poll(() => statuses.at(-1)).toEqual({ state: 'offline', problem: { code: 'unreachable' } });
    expect((await writer.get('on-the-train'))?.title).toBe('Written on the train');

    network.online = true;
    await expect
      .poll(async () => (await reviewer.calendar.get('on-the-train'))?.title, { timeout: 5000 })
      .toBe('Written on the train');
    await expect.poll(() => statuses.at(-1)?.state).toBe('up-to-date');
  });

  /** A writer whose network can be cut, and the reviewer: both edit one entry while the writer is offline. */
  async function editWhileApart(mine: (entry: CalendarEntry) => CalendarEntry, theirs: typeof mine) {
    const { db, network, statuses, replicator, writer, reviewer } = await writerWithCable();
    const id = `shared-${installs}`;
    await writer.save(calendarEntry({ id, updatedAt: Date.now() }));
    await expect.poll(() => reviewer.calendar.get(id), { timeout: 5000 }).toBeDefined();
    await expect.poll(async () => (await db.teamDocs.get(id))?.rev).toMatch(/^1-/);

    network.online = false;
    // The long poll open before the cut may still bring the reviewer's edit: it is aborted, as a lost
    // connection would be, so the edit arrives only when the writer is back.
    await replicator.stop();
    const startedFrom = (await writer.get(id)) as CalendarEntry;
    await writer.save({ ...mine(startedFrom), updatedAt: Date.now() });
    await reviewer.calendar.save({ ...theirs(startedFrom), updatedAt: Date.now() });
    await expect.poll(async () => (await reviewer.db.teamDocs.get(id))?.rev).toMatch(/^2-/);
    network.online = true;
    replicator.start();
    return { id, db, writer, reviewer, statuses };
  }

  it('merges simultaneous edits of different parts of one entry on both installs', async () => {
    const { id, writer, reviewer } = await editWhileApart(
      (entry) => ({ ...entry, title: 'Title by Wendy' }),
      (entry) => ({
        ...entry,
        notes: 'Notes by Rita',
        drafts: { ...entry.drafts, linkedin: 'Rita on LinkedIn' },
      }),
    );
    const expected = {
      title: 'Title by Wendy',
      notes: 'Notes by Rita',
      drafts: { linkedin: 'Rita on LinkedIn' },
    };
    await expect.poll(() => writer.get(id), { timeout: 5000 }).toMatchObject(expected);
    await expect.poll(() => reviewer.calendar.get(id), { timeout: 5000 }).toMatchObject(expected);
  });

  it('keeps both versions of a draft both changed until the writer keeps one, losing no other text', async () => {
    const { id, db, writer, reviewer, statuses } = await editWhileApart(
      (entry) => ({ ...entry, title: 'Title by Wendy', drafts: { ...entry.drafts, x: 'Wendy on X' } }),
      (entry) => ({ ...entry, notes: 'Notes by Rita', drafts: { ...entry.drafts, x: 'Rita on X' } }),
    );
    await expect
      .poll(() => readConflict(db, id), { timeout: 5000 })
      .toMatchObject({
        mine: { title: 'Title by Wendy', drafts: { x: 'Wendy on X' } },
        theirs: { notes: 'Notes by Rita', drafts: { x: 'Rita on X' } },
        parts: [{ kind: 'draft', platform: 'x' }],
      });
    await expect.poll(() => statuses.at(-1)).toMatchObject({ state: 'up-to-date', conflicts: 1 });
    expect(conflictsText({ ...statuses.at(-1), at: 0 } as TeamStatus)).toBe(
      'Changed here and on the server at the same time: 1 calendar entry. Both versions are kept until you choose one on its page.',
    );
    // Neither version goes over the other meanwhile.
    expect((await reviewer.calendar.get(id))?.drafts.x).toBe('Rita on X');
    expect((await writer.get(id))?.drafts.x).toBe('Wendy on X');

    await keepVersion(db, id, 'mine');
    const expected = { title: 'Title by Wendy', notes: 'Notes by Rita', drafts: { x: 'Wendy on X' } };
    await expect.poll(() => reviewer.calendar.get(id), { timeout: 5000 }).toMatchObject(expected);
    expect(await writer.get(id)).toMatchObject(expected);
    expect(await conflictedIds(db)).toEqual(new Set());
    await expect.poll(() => statuses.at(-1)).toMatchObject({ state: 'up-to-date', conflicts: 0 });
  });

  it('keeping theirs takes their draft and still keeps my edits elsewhere', async () => {
    const { id, db, writer, reviewer } = await editWhileApart(
      (entry) => ({ ...entry, title: 'Title by Wendy', drafts: { ...entry.drafts, x: 'Wendy on X' } }),
      (entry) => ({ ...entry, drafts: { ...entry.drafts, x: 'Rita on X' } }),
    );
    await expect.poll(() => readConflict(db, id), { timeout: 5000 }).toBeDefined();
    await keepVersion(db, id, 'theirs');
    const expected = { title: 'Title by Wendy', drafts: { x: 'Rita on X' } };
    expect(await writer.get(id)).toMatchObject(expected);
    await expect.poll(() => reviewer.calendar.get(id), { timeout: 5000 }).toMatchObject(expected);
  });
});

describe('brands, saved replies and research posts through the workspace', () => {
  it("shows the writer's saved reply and new guideline rule to the reviewer, with the reviewer's own use count", async () => {
    const writer = await install('wendy', 'writer-pw');
    const reviewer = await install('rita', 'reviewer-pw');
    const reply = { ...FULL_REPLY, id: 'reply-shared', shortcut: 'shared-thanks' };
    const brand = { ...FULL_BRAND, id: 'brand-shared' };
    await writer.db.savedReplies.put(reply);
    await writer.db.brands.put(brand);
    const { usageCount: _uses, lastUsedAt: _used, ...replyForTeam } = reply;
    await expect
      .poll(() => reviewer.db.savedReplies.get('reply-shared'), { timeout: 5000 })
      .toEqual({ ...replyForTeam, usageCount: 0 });
    const rule = {
      id: 'new-rule',
      kind: 'occurrence',
      message: 'No %s.',
      severity: 'warning',
      token: 'cheap',
      max: 0,
    } as const;
    const withRule = {
      ...brand,
      guidelines: { ...brand.guidelines, rules: [...brand.guidelines.rules, rule] },
      updatedAt: brand.updatedAt + 1,
    };
    await expect
      .poll(async () => (await writer.db.teamRecords.get('brand:brand-shared'))?.rev)
      .toMatch(/^1-/);
    await writer.db.brands.put(withRule);
    await expect
      .poll(async () => (await reviewer.db.brands.get('brand-shared'))?.guidelines.rules.map((r) => r.id), {
        timeout: 5000,
      })
      .toEqual(['tags', 'new-rule']);
    // The writer's default brand is the writer's; the reviewer's pack subscription state is the reviewer's.
    expect((await reviewer.db.brands.get('brand-shared'))?.isDefault).toBe(false);
  });

  it('names a brand the server refused to delete in Settings → Team: which, why, what to do, in English and German', async () => {
    const writer = await install('wendy', 'writer-pw');
    const brand = { ...FULL_BRAND, id: 'brand-kept', name: 'Acme Outdoor' };
    await writer.db.brands.put(brand);
    await expect
      .poll(async () => (await writer.db.teamRecords.get('brand:brand-kept'))?.rev, { timeout: 5000 })
      .toMatch(/^1-/);
    await writer.db.brands.delete('brand-kept');
    await expect.poll(() => writer.statuses.at(-1)?.state, { timeout: 5000 }).toBe('error');
    const status = writer.statuses.at(-1);
    expect(status?.refused).toBe(1);
    const problem = status?.problem as TeamProblem;
    expect(problemText(problem)).toBe(
      'the server refused deleting the brand “Acme Outdoor”: Only a reviewer can delete a brand: its guidelines would go for every member. It is deleted in this browser only; the team keeps it until a reviewer deletes it.',
    );
    setTestUiLanguage('de');
    try {
      expect(problemText(problem)).toBe(
        'Der Server hat das Löschen der Marke „Acme Outdoor“ abgelehnt: Only a reviewer can delete a brand: its guidelines would go for every member. Sie ist nur in diesem Browser gelöscht; das Team behält sie, bis jemand mit der Rolle Prüfer sie löscht.',
      );
    } finally {
      setTestUiLanguage('en');
    }
  });

  it('sends a research post only while it is marked shared; unsharing deletes the team copy, not the row', async () => {
    const writer = await install('wendy', 'writer-pw');
    const reviewer = await install('rita', 'reviewer-pw');
    const shared = { ...FULL_RESEARCH, id: 'post-shared', permalink: 'https://x.com/acme/status/2001' };
    const secret = {
      ...FULL_RESEARCH,
      id: 'post-private',
      permalink: 'https://x.com/acme/status/2002',
      shared: undefined,
    };
    await writer.db.researchPosts.bulkPut([secret, shared]);
    await expect.poll(() => reviewer.db.researchPosts.get('post-shared'), { timeout: 5000 }).toEqual(shared);
    expect(await reviewer.db.researchPosts.get('post-private')).toBeUndefined();
    await expect(writer.client.getDocument('researchPost:post-private')).rejects.toMatchObject({
      status: 404,
    });

    await writer.db.researchPosts.put({ ...shared, shared: false });
    await expect.poll(() => reviewer.db.researchPosts.get('post-shared'), { timeout: 5000 }).toBeUndefined();
    await expect(writer.client.getDocument('researchPost:post-shared')).rejects.toMatchObject({
      status: 404,
    });
    expect(await writer.db.researchPosts.get('post-shared')).toEqual({ ...shared, shared: false });
    expect(await writer.db.teamRecords.get('researchPost:post-shared')).toBeUndefined();
  });

  it('keeps both replies when two members saved the same shortcut, and both posts of one permalink', async () => {
    const writer = await install('wendy', 'writer-pw');
    const reviewer = await install('rita', 'reviewer-pw');
    await expect.poll(() => reviewer.statuses.at(-1)?.state, { timeout: 5000 }).toBe('up-to-date');
    // The reviewer saved their own reply and post before the writer's arrived (offline, or not yet pulled).
    const theirs = { ...FULL_REPLY, id: 'reply-rita', shortcut: 'welcome', body: "Rita's welcome" };
    const ritasPost = {
      ...FULL_RESEARCH,
      id: 'post-rita',
      permalink: 'https://x.com/acme/status/3001',
      shared: undefined,
    };
    await reviewer.db.savedReplies.put(theirs);
    await reviewer.db.researchPosts.put(ritasPost);
    const mine = { ...FULL_REPLY, id: 'reply-wendy', shortcut: 'welcome', body: "Wendy's welcome" };
    const wendysPost = { ...FULL_RESEARCH, id: 'post-wendy', permalink: 'https://x.com/acme/status/3001' };
    await writer.db.savedReplies.put(mine);
    await writer.db.researchPosts.put(wendysPost);

    await expect
      .poll(async () => (await reviewer.db.savedReplies.get('reply-wendy'))?.shortcut, { timeout: 5000 })
      .toBe('welcome-2');
    expect((await reviewer.db.savedReplies.get('reply-rita'))?.shortcut).toBe('welcome');
    await expect
      .poll(async () => (await reviewer.db.researchPosts.get('post-wendy'))?.permalink, { timeout: 5000 })
      .toBe('https://x.com/acme/status/3001#2');
    expect(await reviewer.db.researchPosts.get('post-rita')).toEqual(ritasPost);
    // The renamed copy here is not an edit: the team keeps Wendy's shortcut.
    await expect.poll(() => reviewer.statuses.at(-1)?.state, { timeout: 5000 }).toBe('up-to-date');
    const onServer = await writer.client.getDocument<{ record: { shortcut: string } }>(
      'savedReply:reply-wendy',
    );
    expect(onServer.record.shortcut).toBe('welcome');
  });

  it('keeps both versions of a reply both members changed at once until the reviewer keeps one; the other field merges', async () => {
    const writer = await install('wendy', 'writer-pw');
    const reviewer = await install('rita', 'reviewer-pw');
    const reply = { ...FULL_REPLY, id: 'reply-both', shortcut: 'both' };
    await writer.db.savedReplies.put(reply);
    await expect.poll(() => reviewer.db.savedReplies.get('reply-both'), { timeout: 5000 }).toBeDefined();
    await expect
      .poll(async () => (await reviewer.db.teamRecords.get('savedReply:reply-both'))?.rev)
      .toMatch(/^1-/);
    // Both edit the body while the reviewer's install is stopped, then it comes back.
    const [ritaRun] = running.filter(({ db }) => db === reviewer.db);
    await ritaRun?.replicator.stop();
    await reviewer.db.savedReplies.update('reply-both', {
      body: "Rita's words",
      updatedAt: reply.updatedAt + 2,
    });
    await writer.db.savedReplies.update('reply-both', {
      body: "Wendy's words",
      title: 'Thanks, from Wendy',
      updatedAt: reply.updatedAt + 1,
    });
    await expect
      .poll(async () => (await writer.db.teamRecords.get('savedReply:reply-both'))?.rev)
      .toMatch(/^2-/);
    ritaRun?.replicator.start();
    // Back online: one reply, Rita's words kept here, Wendy's waiting beside them; nothing pushed over either.
    await expect
      .poll(async () => (await readRecordConflicts(reviewer.db, 'savedReply')).map((c) => c.fields), {
        timeout: 5000,
      })
      .toEqual([['body']]);
    const [conflict] = await readRecordConflicts(reviewer.db, 'savedReply');
    expect(conflict).toMatchObject({
      id: 'reply-both',
      mine: { body: "Rita's words", title: reply.title },
      theirs: { body: "Wendy's words", title: 'Thanks, from Wendy' },
    });
    const bothWords = async (db: OnBrandDatabase) =>
      (await db.savedReplies.toArray()).map((r) => r.body).filter((body) => body.endsWith('words'));
    expect(await bothWords(reviewer.db)).toEqual(["Rita's words"]);
    await expect.poll(() => reviewer.statuses.at(-1)?.state, { timeout: 5000 }).toBe('up-to-date');
    // Settings → Team counts it and says what it is, in English and German.
    const waiting = { ...reviewer.statuses.at(-1), at: 0 } as TeamStatus;
    expect(waiting.conflicts).toBe(1);
    expect(conflictsText(waiting)).toBe(
      'Changed here and on the server at the same time: 1 saved reply. Both versions are kept until you choose one on its page.',
    );
    setTestUiLanguage('de');
    try {
      expect(conflictsText(waiting)).toBe(
        'Gleichzeitig hier und auf dem Server geändert: 1 gespeicherte Antwort. Beide Fassungen bleiben erhalten, bis Sie auf der jeweiligen Seite eine wählen.',
      );
    } finally {
      setTestUiLanguage('en');
    }
    const onServer = () =>
      writer.client.getDocument<{ record: { body: string; title: string } }>('savedReply:reply-both');
    expect((await onServer()).record.body).toBe("Wendy's words");

    // Rita keeps hers: her words with Wendy's title, sent to the team.
    await keepRecordVersion(reviewer.db, 'savedReply:reply-both', 'mine');
    expect(await readRecordConflicts(reviewer.db, 'savedReply')).toEqual([]);
    expect(await reviewer.db.savedReplies.get('reply-both')).toMatchObject({
      body: "Rita's words",
      title: 'Thanks, from Wendy',
    });
    await expect
      .poll(async () => (await writer.db.savedReplies.get('reply-both'))?.body, { timeout: 5000 })
      .toBe("Rita's words");
    expect((await onServer()).record.title).toBe('Thanks, from Wendy');
    expect(await bothWords(writer.db)).toEqual(["Rita's words"]);
  });
});
