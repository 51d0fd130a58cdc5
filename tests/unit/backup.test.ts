import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyRestore,
  BACKUP_TABLES,
  createBackup,
  NOT_BACKED_UP,
  planRestore,
  STORED_IN,
} from '@/utils/backup/full-backup';
import { analyticsRepository } from '@/utils/db/analytics';
import { brandsRepository, newBrand } from '@/utils/db/brands';
import { calendarRepository } from '@/utils/db/calendar';
import { crisesRepository } from '@/utils/db/crises';
import { OnBrandDatabase } from '@/utils/db/database';
import { followUpsRepository } from '@/utils/db/follow-ups';
import { partnersRepository } from '@/utils/db/partners';
import type { ResearchPost, SavedReply } from '@/utils/db/records';
import { repliesRepository } from '@/utils/db/replies';
import { researchRepository } from '@/utils/db/research';
import { settingsRepository } from '@/utils/db/settings';
import { setTestUiLanguage } from '../setup/i18n';
import { freshDatabase } from '../shared/fresh-database';

const NAME = 'backup-test';
let db: OnBrandDatabase;

beforeEach(async () => {
  db = await freshDatabase(NAME);
});
afterEach(() => db.close());

const reply = (id: string, title: string): SavedReply => ({
  id,
  title,
  body: `Body of ${title}`,
  tags: [],
  platforms: ['x'],
  variants: {},
  usageCount: 0,
  createdAt: 1,
  updatedAt: 1,
});
const post = (id: string, permalink: string): ResearchPost => ({
  id,
  platform: 'x',
  permalink,
  author: { handle: 'someone' },
  text: 'A post',
  metrics: [],
  media: { kind: 'none', count: 0 },
  collections: [],
  source: 'feed',
  hashtags: [],
  mentions: [],
  tags: [],
  isAd: false,
  isRepost: false,
  missing: [],
  savedAt: 2,
});

async function seed(target: OnBrandDatabase) {
  await brandsRepository(target).save({
    ...newBrand('Acme', { name: 'Acme', version: 1, marks: [], rules: [] }, 1),
    id: 'acme',
    jurisdictions: ['UK'],
    isDefault: true,
  });
  await calendarRepository(target).put({
    id: 'c1',
    title: 'Launch',
    at: 1000,
    timeZone: 'UTC',
    platforms: ['x'],
    status: 'draft',
    drafts: { x: 'Hello' },
    relationship: 'none',
    createdAt: 1,
    updatedAt: 1,
  });
  await repliesRepository(target).put(reply('r1', 'Thanks'));
  await researchRepository(target).put(post('p1', 'https://x.com/a/status/1'));
  await settingsRepository(target).setSiteEnabled('reddit', false);
  await seedAnalytics(target);
  await partnersRepository(target).save({
    id: 'partner-1',
    brandId: 'acme',
    name: 'Trailblazer Running',
    handles: [{ platform: 'instagram', handle: 'trailblazer_run' }],
    relationship: 'affiliate',
    from: '2026-01-01',
    until: '2026-12-31',
    markets: ['UK'],
    createdAt: 1,
    updatedAt: 1,
  });
  await crisesRepository(target).start('acme', 'Product recall', 10);
  await followUpsRepository(target).add(
    {
      platform: 'x',
      url: 'https://x.com/a/status/2',
      author: { handle: '@a' },
      text: 'Where is my order?',
      note: 'Answer once support replies',
      dueAt: 20,
    },
    10,
  );
}

async function seedAnalytics(target: OnBrandDatabase) {
  await analyticsRepository(target).importExport(
    {
      posts: [{ id: 'x:1', platform: 'x', postId: '1', text: 'Launch day', createdAt: 1, updatedAt: 1 }],
      snapshots: [{ id: 'x:1@5', postId: 'x:1', readAt: 5, impressions: 100, likes: 4 }],
      source: {
        id: 's1',
        name: 'X post activity',
        headerKey: 'tweet id',
        platform: 'x',
        mapping: { postId: 'Tweet id' },
        dateOrder: 'iso',
        createdAt: 1,
      },
    },
    5,
  );
}

/**
 * Every table's rows, to compare the whole database before and after; without the write stamps of packs and
 * sets (utils/db/checked-rows.ts), which tell one write from another and are not data a backup keeps.
 */
async function snapshot(target: OnBrandDatabase) {
  const unstamped = (row: Record<string, unknown>) => {
    const { stamp: _stamp, ...rest } = row;
    return rest;
  };
  return Object.fromEntries(
    await Promise.all(target.tables.map(async (t) => [t.name, (await t.toArray()).map(unstamped)])),
  );
}

describe('full backup and restore', () => {
  it('backs up every table of the database', async () => {
    expect(
      [...Object.keys(BACKUP_TABLES), ...NOT_BACKED_UP]
        .map((name) => STORED_IN[name as keyof typeof STORED_IN] ?? name)
        .sort(),
    ).toEqual(db.tables.map((t) => t.name).sort());
  });

  it('restores a backup into an empty database exactly, and shows what it will change first', async () => {
    await seed(db);
    const before = await snapshot(db);
    const file = await createBackup(db);

    const other = new OnBrandDatabase('backup-test-other');
    await other.open();
    await repliesRepository(other).put(reply('old', 'Will be removed'));
    const plan = await planRestore(other, file);
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.changes.find((c) => c.table === 'savedReplies')).toMatchObject({
      added: 1,
      removed: 1,
      changed: 0,
    });
    expect(plan.changes.find((c) => c.table === 'brands')).toMatchObject({ added: 1, removed: 0 });
    expect(plan.changes.find((c) => c.table === 'partners')).toMatchObject({ added: 1, removed: 0 });
    expect(plan.changes.find((c) => c.table === 'crises')).toMatchObject({ added: 1, removed: 0 });
    expect(plan.changes.find((c) => c.table === 'followUps')).toMatchObject({ added: 1, removed: 0 });
    // Planning changed nothing.
    expect(await other.savedReplies.toArray()).toEqual([reply('old', 'Will be removed')]);

    await applyRestore(other, plan);
    expect(await snapshot(other)).toEqual(before);
    other.close();
    await Dexie.delete('backup-test-other');
  });

  it('restores a backup made before the analytics tables existed and keeps the analytics as they are', async () => {
    await seed(db);
    const old = JSON.parse(await createBackup(db));
    for (const name of [
      'ownPosts',
      'snapshotSets',
      'importSources',
      'partners',
      'crises',
      'webStats',
      'followUps',
    ])
      delete old.tables[name];
    const before = await snapshot(db);
    await repliesRepository(db).put(reply('r2', 'Added after the backup'));
    const plan = await planRestore(db, JSON.stringify(old));
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.changes.find((c) => c.table === 'ownPosts')).toMatchObject({ unchanged: 1, removed: 0 });
    expect(plan.changes.find((c) => c.table === 'partners')).toMatchObject({ unchanged: 1, removed: 0 });
    expect(plan.changes.find((c) => c.table === 'crises')).toMatchObject({ unchanged: 1, removed: 0 });
    expect(plan.changes.find((c) => c.table === 'followUps')).toMatchObject({ unchanged: 1, removed: 0 });
    await applyRestore(db, plan);
    expect(await snapshot(db)).toEqual(before);
  });

  it('restores a format-1 backup, whose post numbers are one row per post, into their sets', async () => {
    await seed(db);
    const before = await snapshot(db);
    const old = JSON.parse(await createBackup(db));
    delete old.tables.snapshotSets;
    old.formatVersion = 1;
    old.tables.postSnapshots = [{ id: 'x:1@5', postId: 'x:1', readAt: 5, impressions: 100, likes: 4 }];
    await analyticsRepository(db).snapshotSets.delete('unknown-source@5');
    const plan = await planRestore(db, JSON.stringify(old));
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.changes.find((c) => c.table === 'snapshotSets')).toMatchObject({ added: 1 });
    await applyRestore(db, plan);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a format-1 backup with a broken post number, naming the row', async () => {
    await seed(db);
    const old = JSON.parse(await createBackup(db));
    delete old.tables.snapshotSets;
    old.formatVersion = 1;
    old.tables.postSnapshots = [{ id: 'x:1@5', postId: 'x:1', readAt: -5 }];
    const plan = await planRestore(db, JSON.stringify(old));
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.errors.join('\n')).toMatch(/^postSnapshots\[0\]\.readAt: /m);
  });

  it('refuses a partner whose contract ends before it starts, naming the row, and changes nothing', async () => {
    await seed(db);
    const file = JSON.parse(await createBackup(db));
    file.tables.partners[0].until = '2025-12-31';
    const before = await snapshot(db);
    const plan = await planRestore(db, JSON.stringify(file));
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.errors.join('\n')).toContain('The contract cannot end before it starts.');
    expect(await snapshot(db)).toEqual(before);
  });

  it('counts a changed record as changed, not as removed and added', async () => {
    await seed(db);
    const file = await createBackup(db);
    await repliesRepository(db).put(reply('r1', 'Renamed since the backup'));
    const plan = await planRestore(db, file);
    expect(plan.ok && plan.changes.find((c) => c.table === 'savedReplies')).toMatchObject({
      changed: 1,
      added: 0,
      removed: 0,
    });
    expect(plan.ok && plan.changes.find((c) => c.table === 'calendarEntries')).toMatchObject({
      unchanged: 1,
    });
  });

  it('refuses a file whose last record is broken, naming it, and changes nothing', async () => {
    await seed(db);
    const backup = JSON.parse(await createBackup(db));
    backup.tables.researchPosts.push({ ...post('p2', 'https://x.com/a/status/2'), platform: 'myspace' });
    await repliesRepository(db).put(reply('r2', 'Added after the backup'));
    const before = await snapshot(db);

    const plan = await planRestore(db, JSON.stringify(backup));
    expect(plan).toEqual({ ok: false, errors: [expect.stringMatching(/^researchPosts\[1\]\.platform: /)] });
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls everything back when the last write fails inside the transaction', async () => {
    await seed(db);
    const backup = JSON.parse(await createBackup(db));
    backup.tables.savedReplies = [reply('r9', 'Only in the file')];
    await repliesRepository(db).put(reply('r2', 'Added after the backup'));
    const before = await snapshot(db);

    const plan = await planRestore(db, JSON.stringify(backup));
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    // The disk fills up on the last table, after every other one was cleared and rewritten.
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.researchPosts.hook('creating', full);
    await expect(applyRestore(db, plan)).rejects.toThrow(/quota/);
    db.researchPosts.hook('creating').unsubscribe(full);
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    [
      'permalink',
      (file: { tables: Record<string, unknown[]> }) => {
        file.tables.researchPosts?.push(post('p2', 'https://x.com/a/status/1'));
      },
      /^researchPosts\[1\]\.permalink: "https:\/\/x\.com\/a\/status\/1" is also the permalink of researchPosts\[0\]/,
    ],
    [
      'shortcut (capitals do not count)',
      (file: { tables: Record<string, unknown[]> }) => {
        file.tables.savedReplies = [
          { ...reply('r1', 'Thanks'), shortcut: 'thx' },
          { ...reply('r2', 'Thanks again'), shortcut: 'THX' },
        ];
      },
      /^savedReplies\[1\]\.shortcut: "thx" is also the shortcut of savedReplies\[0\]/,
    ],
  ])(
    'refuses in the plan a file whose %s repeats, which the write would refuse',
    async (_what, edit, why) => {
      await seed(db);
      const backup = JSON.parse(await createBackup(db));
      edit(backup);
      const before = await snapshot(db);
      const plan = await planRestore(db, JSON.stringify(backup));
      expect(plan).toEqual({ ok: false, errors: [expect.stringMatching(why)] });
      expect(await snapshot(db)).toEqual(before);
    },
  );

  it('restores a shortcut with capitals so that it expands', async () => {
    await seed(db);
    const backup = JSON.parse(await createBackup(db));
    backup.tables.savedReplies = [{ ...reply('r1', 'Thanks'), shortcut: 'Thanks' }];
    const plan = await planRestore(db, JSON.stringify(backup));
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    await applyRestore(db, plan);
    expect((await repliesRepository(db).byShortcut('thanks'))?.id).toBe('r1');
  });

  it('refuses with a sentence a file that would overflow the comparison (a setting nested 100,000 deep)', async () => {
    await seed(db);
    const backup = JSON.parse(await createBackup(db));
    backup.tables.settings = [{ key: 'deep', value: 'DEEP' }];
    const file = JSON.stringify(backup).replace('"DEEP"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const before = await snapshot(db);
    const plan = await planRestore(db, file);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.errors.join(' ')).toMatch(
      /settings\[0\]\.value: a setting value is nested at most 16 levels deep/,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    ['not JSON', 'nope', /not JSON/],
    [
      'a guidelines pack',
      JSON.stringify({ format: 'onbrand-guidelines-pack', formatVersion: 1 }),
      /not an OnBrand backup/,
    ],
    [
      'a newer format',
      JSON.stringify({ format: 'onbrand-backup', formatVersion: 3, tables: {} }),
      /format version 3/,
    ],
    [
      'a missing table',
      JSON.stringify({ format: 'onbrand-backup', formatVersion: 1, tables: { brands: [] } }),
      /no "settings" table/,
    ],
  ])('refuses %s', async (_name, text, why) => {
    const plan = await planRestore(db, text);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.errors[0]).toMatch(why);
  });

  it('says why in German when the UI is German, and names the tables of the plan in German', async () => {
    setTestUiLanguage('de');
    try {
      const notJson = await planRestore(db, 'nope');
      expect(!notJson.ok && notJson.errors[0]).toMatch(/^Die Datei ist kein JSON: .* Details: /);
      const newer = await planRestore(
        db,
        JSON.stringify({ format: 'onbrand-backup', formatVersion: 3, tables: {} }),
      );
      expect(!newer.ok && newer.errors[0]).toMatch(/Formatversion 3.*Aktualisieren Sie OnBrand/);
      const plan = await planRestore(db, await createBackup(db));
      expect(plan.ok && plan.changes.map((change) => change.label)).toContain('Marken und ihre Richtlinien');
    } finally {
      setTestUiLanguage('en');
    }
  });
});
