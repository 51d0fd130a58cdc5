import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allHandlers } from '@/entrypoints/background/handlers';
import { researchHandlers } from '@/entrypoints/background/handlers/research';
import { createRouter } from '@/entrypoints/background/router';
import type { OnBrandDatabase } from '@/utils/db/database';
import { researchRepository } from '@/utils/db/research';
import { captureFromContextMenu } from '@/utils/research/context-menu-capture';
import { freshDatabase } from '../shared/fresh-database';
import { capturedPost } from './captured-post';

const NAME = 'research-library-test';
let db: OnBrandDatabase;

beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshDatabase(NAME);
});
afterEach(() => db.close());

const captured = capturedPost;

describe('saving to the research library', () => {
  it('saves a new post once, and a second save of its permalink adds a metrics snapshot, not a row', async () => {
    const research = researchRepository(db);
    const first = await research.save(captured(), 100);
    expect(first).toMatchObject({ created: true, snapshots: 1 });
    const again = await research.save(captured({ metrics: { readAt: 20, likes: 9, replies: 2 } }), 200);
    expect(again).toEqual({ id: first.id, created: false, snapshots: 2 });
    expect(await db.researchPosts.count()).toBe(1);
    const post = await research.get(first.id);
    expect(post?.metrics).toEqual([
      { readAt: 10, likes: 5, replies: 1 },
      { readAt: 20, likes: 9, replies: 2 },
    ]);
    expect(post?.savedAt).toBe(100);
  });

  it('fills parts the first save missed from a later reading, and never drops what was found', async () => {
    const research = researchRepository(db);
    const { id } = await research.save(
      captured({ author: { handle: '@acme' }, missing: ['author.name', 'reposts', 'views'] }),
      1,
    );
    await research.save(
      captured({ author: {}, text: '', missing: ['author.name', 'author.handle', 'text'] }),
      2,
    );
    await research.save(captured({ author: { name: 'Acme Inc', handle: '@acme' }, missing: [] }), 3);
    const post = await research.get(id);
    expect(post?.author).toEqual({ name: 'Acme Inc', handle: '@acme' });
    expect(post?.text).toBe('Launch day 🚀 #acme');
    expect(post?.missing).toEqual([]);
  });

  it('keeps posts without a permalink apart, since nothing says they are the same', async () => {
    const research = researchRepository(db);
    const noLink = captured({ permalink: undefined, missing: ['permalink'] });
    await research.save(noLink, 1);
    await research.save(noLink, 2);
    expect(await db.researchPosts.count()).toBe(2);
  });

  it('tells which permalinks are saved, and gives the check engine a bounded list of recent posts', async () => {
    const research = researchRepository(db);
    for (let i = 1; i <= 5; i++) {
      await research.save(captured({ permalink: `https://x.com/acme/status/${i}`, text: `post ${i}` }), i);
    }
    await research.save(
      captured({ platform: 'web', permalink: 'https://example.org/', author: {}, text: 'a page' }),
      6,
    );
    expect(
      (await research.savedAmong(['https://x.com/acme/status/2', 'https://x.com/acme/status/9'])).sort(),
    ).toEqual(['https://x.com/acme/status/2']);
    const recent = await research.recentForChecks(3);
    expect(recent.map((post) => post.text)).toEqual(['a page', 'post 5', 'post 4']);
    expect(recent[0]).toEqual({ id: expect.any(String), text: 'a page' });
    expect(recent[1]).toEqual({ id: expect.any(String), text: 'post 5', author: '@acme', platform: 'x' });
  });
});

describe('the research messages', () => {
  const identity = { extensionId: 'onbrand-id', extensionBaseUrl: 'chrome-extension://onbrand-id/' };
  const xTab = { id: 'onbrand-id', url: 'https://x.com/home', tab: { id: 3, url: 'https://x.com/home' } };
  const otherSite = {
    id: 'onbrand-id',
    url: 'https://evil.example/',
    tab: { id: 4, url: 'https://evil.example/' },
  };
  const route = () => createRouter({ ...allHandlers(db), ...researchHandlers(db, () => 42) }, identity);

  it('accepts a save from a content script on a supported site, and counts snapshots', async () => {
    const reply = await route()({ type: 'research.save', payload: captured() }, xTab);
    expect(reply).toMatchObject({ ok: true, data: { created: true, snapshots: 1 } });
    expect(await route()({ type: 'research.save', payload: captured() }, xTab)).toMatchObject({
      ok: true,
      data: { created: false, snapshots: 2 },
    });
  });

  it('refuses a javascript: permalink, a made-up platform and saves from unsupported sites, saving nothing', async () => {
    for (const [payload, sender] of [
      [captured({ permalink: 'javascript:alert(document.cookie)' }), xTab],
      [{ ...captured(), platform: 'myspace' }, xTab],
      [captured(), otherSite],
    ] as const) {
      expect(await route()({ type: 'research.save', payload }, sender)).toMatchObject({ ok: false });
    }
    expect(await db.researchPosts.count()).toBe(0);
  });

  it('bounds research.recent', async () => {
    expect(await route()({ type: 'research.recent', payload: { limit: 100_000 } }, xTab)).toMatchObject({
      ok: false,
    });
    expect(await route()({ type: 'research.recent', payload: { limit: 10 } }, xTab)).toEqual({
      ok: true,
      data: { posts: [] },
    });
  });
});

describe('"Save to OnBrand research" from the context menu', () => {
  it('saves a selection linked to its words on the page, on any site', () => {
    const post = captureFromContextMenu(
      {
        selectionText: '  The best onboarding is a checklist you can finish in one day.  ',
        pageUrl: 'https://blog.example/post#top',
      },
      { title: 'Onboarding notes' },
      5,
    );
    expect(post).toMatchObject({
      platform: 'web',
      source: 'selection',
      text: 'The best onboarding is a checklist you can finish in one day.',
      permalink: 'https://blog.example/post#:~:text=The%20best%20onboarding%20is%20a%20checklist%20you%20can',
      missing: ['author', 'publishedAt', 'metrics'],
    });
  });

  it('saves a link on a supported site under that platform, and a page by its title', () => {
    expect(
      captureFromContextMenu(
        { linkUrl: 'https://x.com/acme/status/1', pageUrl: 'https://news.example/' },
        undefined,
        1,
      ),
    ).toMatchObject({ platform: 'x', source: 'link', permalink: 'https://x.com/acme/status/1' });
    expect(
      captureFromContextMenu({ pageUrl: 'https://news.example/a' }, { title: 'Big #launch news' }, 1),
    ).toMatchObject({ platform: 'web', source: 'page', text: 'Big #launch news', hashtags: ['#launch'] });
  });

  it('saves nothing from pages that are not web pages', () => {
    expect(
      captureFromContextMenu({ pageUrl: 'chrome://settings/' }, { title: 'Settings' }, 1),
    ).toBeUndefined();
  });
});
