import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allHandlers } from '@/entrypoints/background/handlers';
import { createRouter, type Sender } from '@/entrypoints/background/router';
import { applyRestore, createBackup, NOT_BACKED_UP, planRestore } from '@/utils/backup/full-backup';
import { analyticsRepository } from '@/utils/db/analytics';
import { OnBrandDatabase } from '@/utils/db/database';
import { seededRandom } from '../shared/seeded-random';
import { capturedPost } from '../unit/captured-post';
import { isReadable, PER_INPUT_LIMIT_MS, printFigures, record } from './fuzz-harness';
import { mutateJson, mutateText, oddValue } from './mutate';

/**
 * The background's message router and the full-backup restore, fed mutated messages and mutated backup
 * files against a database holding real data in every table (the checked-in version-1 dump, upgraded).
 * Each input is answered or refused with a readable sentence, in under two seconds, and a refused input
 * leaves the database exactly as it was.
 */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const ROUTER_INPUTS = Math.ceil(800 * SCALE);
const RESTORE_INPUTS = Math.ceil(600 * SCALE);

const NAME = 'fuzz-database';
let db: OnBrandDatabase;

/** Every row of every table, as one comparable string. */
/** Every table's rows, without the write stamps of packs and sets (a restore writes new ones; no data). */
async function snapshot(): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()]));
  return JSON.stringify(tables, (key, value) => (key === 'stamp' ? undefined : value));
}

beforeAll(async () => {
  fakeBrowser.reset();
  // No input may reach the network: a pack refresh gets a refusal from here.
  vi.stubGlobal('fetch', async () => {
    throw new TypeError('the fuzz suite has no network');
  });
  // Real data in every table: the version-1 dump, stored by version 1 and upgraded as a user's would be.
  const dump = JSON.parse(readFileSync('tests/fixtures/db/onbrand-v1.json', 'utf8'));
  await Dexie.delete(NAME);
  const v1 = new Dexie(NAME);
  v1.version(1).stores(dump.stores);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const [name, rows] of Object.entries(dump.tables)) await v1.table(name).bulkAdd(rows as unknown[]);
  });
  v1.close();
  db = new OnBrandDatabase(NAME);
  await db.open();
});
afterAll(async () => {
  db.close();
  vi.unstubAllGlobals();
  printFigures();
});

const identity = { extensionId: 'onbrand-id', extensionBaseUrl: 'chrome-extension://onbrand-id/' };
const SENDERS: Sender[] = [
  { id: 'onbrand-id', url: 'chrome-extension://onbrand-id/options.html' },
  { id: 'onbrand-id', url: 'chrome-extension://onbrand-id/reply-picker.html', tab: { id: 4 } },
  { id: 'onbrand-id', url: 'https://x.com/home', tab: { id: 3, url: 'https://x.com/home' } },
  { id: 'onbrand-id', url: 'https://www.linkedin.com/feed/', tab: { id: 5 } },
  { id: 'onbrand-id', url: 'https://evil.example/x.com', tab: { id: 6 } },
  { id: 'onbrand-id' },
  { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
] as Sender[];

/** A valid payload for each message type, to mutate. */
const PAYLOADS: Record<string, unknown> = {
  'site.status': { site: 'x' },
  'site.setEnabled': { site: 'reddit', enabled: false },
  'research.save': capturedPost({ permalink: 'https://x.com/rival/status/1' }),
  'research.savedAmong': { permalinks: ['https://x.com/rival/status/1'] },
  'research.recent': { limit: 5 },
  'brand.active': { site: 'x', account: 'acme' },
  'brand.list': {},
  'brand.changed': {},
  'brand.refreshPack': { brandId: 'brand-acme' },
  'calendar.remindersChanged': {},
  'calendar.dueDraft': { platform: 'x' },
  'calendar.markPublished': { id: 'entry-launch' },
  'mastodon.instances': {},
  'mastodon.addInstance': { host: 'social.example' },
  'mastodon.removeInstance': { host: 'social.example' },
  'replies.list': { platform: 'x' },
  'replies.used': { id: 'reply-thanks' },
  'replies.pickerEvent': { kind: 'close' },
};
const ODD_TYPES = ['__proto__', 'constructor', 'toString', 'db.clear', '', 'research.save ', 'REPLIES.LIST'];

/** What arrives is what survives the browser's message serialisation (JSON-like: no functions, no prototypes). */
function delivered(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}

function message(seed: number): unknown {
  return delivered(craft(seed));
}

function craft(seed: number): unknown {
  const random = seededRandom(seed);
  const type = random.chance(0.9) ? random.pick(Object.keys(PAYLOADS)) : random.pick(ODD_TYPES);
  const payload = Object.hasOwn(PAYLOADS, type) ? PAYLOADS[type] : {};
  switch (random.int(8)) {
    case 0:
      return oddValue(random);
    case 1:
      return { type, payload: oddValue(random) };
    case 2:
      return { type, payload };
    default:
      return mutateJson(random, { type, payload });
  }
}

interface Failure {
  seed: number;
  what: string;
}

describe('fuzzed database inputs (seeded)', () => {
  it(`the message router: ${ROUTER_INPUTS} messages from pages, extension pages and strangers`, async () => {
    const route = createRouter(allHandlers(db), identity);
    const failures: Failure[] = [];
    for (let seed = 1; seed <= ROUTER_INPUTS; seed++) {
      const sender = seededRandom(seed * 7919).pick(SENDERS);
      const before = await snapshot();
      const started = performance.now();
      let reply: unknown;
      try {
        reply = await route(message(seed), sender);
      } catch (error) {
        failures.push({ seed, what: `the router threw: ${String(error)}` });
        continue;
      }
      const ms = performance.now() - started;
      const answer = reply as { ok?: unknown; error?: unknown };
      if (ms > PER_INPUT_LIMIT_MS) failures.push({ seed, what: `took ${ms.toFixed(0)} ms` });
      else if (answer?.ok === true) record('router', 'accepted', ms);
      else if (answer?.ok !== false || !isReadable(answer.error))
        failures.push({
          seed,
          what: `not a reply or an unreadable refusal: ${JSON.stringify(reply)?.slice(0, 200)}`,
        });
      else if ((await snapshot()) !== before)
        failures.push({ seed, what: `refused (${String(answer.error)}) but the database changed` });
      else record('router', 'refused', ms);
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it(`restore: ${RESTORE_INPUTS} mutated backup files, each restored whole or refused changing nothing`, async () => {
    const base = await createBackup(db, new Date('2026-12-01T00:00:00Z'));
    const basePlan = await planRestore(db, base);
    if (!basePlan.ok) throw new Error(basePlan.errors.join('\n'));
    // The database as a restore of the base file leaves it: the state every input starts from.
    await applyRestore(db, basePlan);
    const original = await snapshot();
    const failures: Failure[] = [];
    for (let seed = 1; seed <= RESTORE_INPUTS; seed++) {
      const random = seededRandom(seed);
      const file = random.chance(0.8)
        ? JSON.stringify(mutateJson(random, JSON.parse(base)))
        : mutateText(random, base, ['{"__proto__":{}}', '"tables":{}', '\u0000', ',,', '"formatVersion":99']);
      const started = performance.now();
      const plan = await planRestore(db, file);
      let ms = performance.now() - started;
      if (!plan.ok) {
        if (!plan.errors.every(isReadable))
          failures.push({ seed, what: `unreadable refusal: ${plan.errors[0]}` });
        else if ((await snapshot()) !== original)
          failures.push({ seed, what: 'refused but the database changed' });
        else if (ms > PER_INPUT_LIMIT_MS) failures.push({ seed, what: `took ${ms.toFixed(0)} ms` });
        else record('restore', 'refused', ms);
        continue;
      }
      // An approved plan must write: the plan checked everything the write enforces.
      try {
        await applyRestore(db, plan);
      } catch (error) {
        failures.push({ seed, what: `the plan approved a file the write refused: ${String(error)}` });
        continue;
      }
      ms = performance.now() - started;
      // Team sync metadata is not part of a backup (NOT_BACKED_UP); a restore leaves it as it is. Own posts
      // are counted one by one, out of their packs, as the backup lists them.
      const restored = (Object.keys(plan.rows) as (keyof typeof plan.rows)[]).filter(
        (name) => !(NOT_BACKED_UP as readonly string[]).includes(name),
      );
      const counts = await Promise.all(
        restored.map(async (name) => [
          name,
          name === 'ownPosts'
            ? (await analyticsRepository(db).posts.rows()).length
            : await db.table(name).count(),
        ]),
      );
      const planned = restored.map((name) => [name, plan.rows[name].length]);
      if (JSON.stringify(counts) !== JSON.stringify(planned))
        failures.push({
          seed,
          what: `restored ${JSON.stringify(counts)} rows, the plan said ${JSON.stringify(planned)}`,
        });
      else if (ms > PER_INPUT_LIMIT_MS) failures.push({ seed, what: `took ${ms.toFixed(0)} ms` });
      else record('restore', 'accepted', ms);
      await applyRestore(db, basePlan);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
