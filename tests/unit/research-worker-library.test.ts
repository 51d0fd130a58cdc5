import Dexie, { type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnBrandDatabase } from '@/utils/db/database';
import type { CapturedPost, ResearchPost } from '@/utils/db/records';
import { researchRepository } from '@/utils/db/research';
import { researchChangeOf } from '@/utils/research/changes';
import { ResearchLibrary } from '@/utils/research/library';
import { freshDatabase } from '../shared/fresh-database';
import { capturedPost } from './captured-post';

const NAME = 'research-worker-library-test';
let db: OnBrandDatabase;
/** What Dexie announced for each committed write in this test, as the dashboard's worker hears it. */
let announced: ObservabilitySet[];
const listen = (parts: ObservabilitySet) => {
  announced.push(parts);
};

beforeEach(async () => {
  db = await freshDatabase(NAME);
  announced = [];
  Dexie.on('storagemutated', listen);
});
afterEach(() => {
  Dexie.on('storagemutated').unsubscribe(listen);
  db.close();
});

const captured = (n: number, overrides: Partial<CapturedPost> = {}): CapturedPost =>
  capturedPost({
    postId: String(n),
    permalink: `https://x.com/acme/status/${n}`,
    author: { name: 'Acme', handle: n % 2 ? '@acme' : '@beanco' },
    text: `Post ${n} about marmalade`,
    publishedAt: 1_700_000_000_000 + n,
    metrics: { readAt: 10, likes: n },
    hashtags: [],
    missing: [],
    ...overrides,
  });

const ids = (posts: readonly ResearchPost[]) => posts.map((post) => post.id);
const everything = { query: '', sort: 'newest' as const };

/** Applies what Dexie announced since the last call, as the worker does. */
async function catchUp(library: ResearchLibrary) {
  const pending = announced.splice(0);
  for (const parts of pending) await (await library.apply(researchChangeOf(parts, NAME)))?.indexed;
}

describe('the research library in the dashboard worker', () => {
  it('follows saves, edits and deletes by re-reading only the rows a write touched', async () => {
    const research = researchRepository(db);
    let next = 0;
    const newId = () => `post-${++next}`;
    for (let n = 1; n <= 3; n++) await research.save(captured(n), 1000 + n, newId);
    const library = new ResearchLibrary(db);
    await (await library.load()).indexed;
    announced.length = 0;
    expect(ids(library.search.search(everything))).toEqual(['post-3', 'post-2', 'post-1']);

    // A save from a feed (the background's write) names its one key.
    await research.save(captured(4, { text: 'Quince season' }), 2000, newId);
    const change = researchChangeOf(announced[0] ?? {}, NAME);
    expect(change).toEqual({ kind: 'keys', ids: ['post-4'] });
    await catchUp(library);
    expect(ids(library.search.search({ ...everything, query: 'quince' }))).toEqual(['post-4']);

    // The user's notes are written over the row as it is now: a snapshot saved meanwhile stays.
    await research.save(captured(1), 3000, newId);
    await research.annotate('post-1', { tags: ['swipe'], collections: ['rivals'], notes: 'Copy the hook' });
    await catchUp(library);
    const post1 = library.search.get('post-1');
    expect(post1?.metrics).toHaveLength(2);
    expect(post1?.notes).toBe('Copy the hook');
    // Private by default; shared with the team when the user ticks it, and a later save keeps the choice.
    expect(post1?.shared).toBeUndefined();
    await research.annotate('post-1', {
      tags: ['swipe'],
      collections: ['rivals'],
      notes: 'Copy the hook',
      shared: true,
    });
    await research.save(captured(1), 3500, newId);
    expect((await research.get('post-1'))?.shared).toBe(true);
    await research.annotate('post-1', {
      tags: ['swipe'],
      collections: ['rivals'],
      notes: 'Copy the hook',
      shared: false,
    });
    expect((await research.get('post-1'))?.shared).toBeUndefined();
    expect(ids(library.search.search({ ...everything, query: 'hook' }))).toEqual(['post-1']);
    expect(library.facets()).toEqual({
      platforms: ['x'],
      authors: ['@acme', '@beanco'],
      tags: ['swipe'],
      collections: ['rivals'],
    });

    await research.delete('post-2');
    await research.delete('post-4');
    await catchUp(library);
    expect(library.search.size).toBe(2);
    expect(ids(library.search.search({ ...everything, query: 'marmalade' }))).toEqual(['post-3', 'post-1']);
    expect(library.facets().authors).toEqual(['@acme']);
  });

  it('reads the whole table again after a clear, and leaves out rows that no longer pass validation', async () => {
    const research = researchRepository(db);
    await research.save(captured(1), 1000, () => 'a');
    await research.save(captured(2), 1000, () => 'b');
    const library = new ResearchLibrary(db);
    await (await library.load()).indexed;
    announced.length = 0;

    // A row damaged outside OnBrand's repositories is dropped, not shown half-broken.
    await db.researchPosts.update('b', { text: 42 as unknown as string });
    await catchUp(library);
    expect(ids(library.search.search(everything))).toEqual(['a']);

    await db.researchPosts.clear();
    expect(researchChangeOf(announced[0] ?? {}, NAME)).toEqual({ kind: 'all' });
    await catchUp(library);
    expect(library.search.size).toBe(0);
  });

  it('ignores writes to other tables, and previews the last saved posts before the full load', async () => {
    const research = researchRepository(db);
    for (let n = 1; n <= 5; n++) await research.save(captured(n), 1000 + n, () => `p${n}`);
    announced.length = 0;
    await db.settings.put({ key: 'language', value: 'en' } as never);
    expect(researchChangeOf(announced[0] ?? {}, NAME)).toEqual({ kind: 'none' });

    const preview = await new ResearchLibrary(db).preview(2);
    expect(preview.size).toBe(5);
    expect(ids(preview.rows)).toEqual(['p5', 'p4']);
  });
});
