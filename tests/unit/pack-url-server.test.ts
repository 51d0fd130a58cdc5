import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshAllPacks } from '@/entrypoints/background/handlers/guidelines';
import { exportPack, MAX_PACK_BYTES } from '@/utils/brands/guidelines-pack';
import { type FetchLike, refreshSubscribedBrand } from '@/utils/brands/pack-subscription';
import type { Guidelines } from '@/utils/checks';
import { brandsRepository, newBrand } from '@/utils/db/brands';
import type { Brand } from '@/utils/db/records';
import { formatNumber } from '@/utils/i18n';
import { freshDatabaseEachTest } from '../shared/fresh-database';

/**
 * Real sockets, real fetch: a pack server on 127.0.0.1 that answers well, never answers, or streams 64 MiB
 * in chunks without a Content-Length (so only reading can find the size).
 */
const MiB = 1024 * 1024;
const pack: Guidelines = {
  name: 'Team voice',
  version: 7,
  marks: [],
  rules: [
    { id: 'no-cheap', kind: 'existence', message: 'Say affordable.', severity: 'warning', tokens: ['cheap'] },
  ],
};
const old: Guidelines = { name: 'Old voice', version: 1, marks: [], rules: [] };

let server: Server;
let origin: string;
/** Bytes the /huge route managed to write before the client went away, and whether it sent them all. */
const huge = { written: 0, finished: false };
const hanging = new Set<ServerResponse>();

function streamHuge(res: ServerResponse) {
  res.writeHead(200, { 'content-type': 'application/json' }); // chunked: no Content-Length
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const write = () => {
    while (huge.written < 64 * MiB) {
      huge.written += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', write);
    }
    huge.finished = true;
    res.end();
  };
  res.on('close', () => res.removeAllListeners('drain'));
  write();
}

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/good') res.writeHead(200, { etag: '"v7"' }).end(exportPack(pack));
    else if (req.url === '/hang')
      hanging.add(res); // never answers
    else if (req.url === '/huge') streamHuge(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Pack URLs must be https; the test server's stand-in is plain http on the loopback. */
const viaLoopback: FetchLike = (url, init) => fetch(url.replace('https://packs.example.com', origin), init);
const subscribed = (id: string, path: string): Brand => ({
  ...newBrand(`Brand ${id}`, old, 1),
  id,
  subscription: { url: `https://packs.example.com${path}` },
});

describe('a pack URL that misbehaves', () => {
  it('that never answers is given up after the timeout, keeping the rules', async () => {
    const started = performance.now();
    const result = await refreshSubscribedBrand(subscribed('h', '/hang'), viaLoopback, 5, { timeoutMs: 300 });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.guidelines).toEqual(old);
    expect(result.subscription?.lastError).toBe(
      'The pack URL did not answer within 0.3 s; kept the last good copy.',
    );
  });

  it('that streams 64 MiB is cut off while reading, soon after 2 MB, keeping the rules', async () => {
    huge.written = 0;
    huge.finished = false;
    const result = await refreshSubscribedBrand(subscribed('x', '/huge'), viaLoopback, 5, {
      timeoutMs: 10_000,
    });
    expect(result.guidelines).toEqual(old);
    expect(result.subscription?.lastError).toBe(
      `The pack is over the ${formatNumber(MAX_PACK_BYTES)} byte limit; kept the last good copy.`,
    );
    // The server was stopped by the closed connection: what it wrote is the limit plus socket buffers.
    await expect.poll(() => huge.finished || huge.written > 0).toBe(true);
    expect(huge.finished).toBe(false);
    expect(huge.written).toBeLessThan(16 * MiB);
  });
});

describe('refreshing every brand', () => {
  const database = freshDatabaseEachTest('pack-url-server-test');

  it('is not stalled by one server that never answers', async () => {
    const db = database();
    const brands = brandsRepository(db);
    await brands.save(subscribed('stuck', '/hang'));
    await brands.save(subscribed('fine', '/good'));
    const started = performance.now();
    await refreshAllPacks(db, viaLoopback, { timeoutMs: 500 });
    expect(performance.now() - started).toBeLessThan(2_000);
    const fine = await brands.get('fine');
    expect(fine?.guidelines).toEqual(pack);
    expect(fine?.subscription).toMatchObject({ etag: '"v7"', packVersion: 7 });
    expect((await brands.get('stuck'))?.subscription?.lastError).toMatch(/did not answer within 0\.5 s/);
  });
});
