import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allHandlers } from '@/entrypoints/background/handlers';
import { announceResearchChanges } from '@/entrypoints/background/handlers/research';
import { createRouter, type Sender } from '@/entrypoints/background/router';
import { checkDraft } from '@/utils/checks';
import type { OnBrandDatabase } from '@/utils/db/database';
import type { CapturedPost } from '@/utils/db/records';
import { researchRepository } from '@/utils/db/research';
import { SAVED_POSTS_FOR_CHECKS, watchSavedPosts } from '@/utils/features/saved-posts';
import { freshDatabase } from '../shared/fresh-database';
import { capturedPost } from './captured-post';
import { featureRun } from './feature-env';

/**
 * The research library reaching the composer's checks: the content script's watcher asks the real background
 * router (over the fake browser's messaging), and the background's notices after a save reach the watcher.
 */
const NAME = 'saved-posts-test';
let db: OnBrandDatabase;
let requests: { type: string; payload: unknown }[];
let delivered: unknown[];

const identity = { extensionId: fakeBrowser.runtime.id, extensionBaseUrl: 'chrome-extension://onbrand/' };
const xTab: Sender = {
  id: fakeBrowser.runtime.id,
  url: 'https://x.com/home',
  tab: { id: 3, url: 'https://x.com/home' },
};
let stopAnnouncing: () => void;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshDatabase(NAME);
  const route = createRouter(allHandlers(db), identity);
  stopAnnouncing = announceResearchChanges(db);
  requests = [];
  delivered = [];
  // The content script's messages go to the background's router, as if sent from an x.com tab…
  fakeBrowser.runtime.sendMessage = (async (message: { type: string; payload: unknown }) => {
    requests.push(message);
    return route(message, xTab);
  }) as typeof fakeBrowser.runtime.sendMessage;
  // …and the background's notices to every tab reach this content script.
  const tab = await fakeBrowser.tabs.create({ url: 'https://x.com/home' });
  fakeBrowser.tabs.sendMessage = (async (tabId: number, message: unknown) => {
    if (tabId !== tab.id) return;
    delivered.push(message);
    await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id }, () => {});
  }) as typeof fakeBrowser.tabs.sendMessage;
});
afterEach(() => {
  stopAnnouncing();
  db.close();
});

const captured = (id: string, text: string, handle: string): CapturedPost =>
  capturedPost({
    postId: id,
    permalink: `https://x.com/${handle.slice(1)}/status/${id}`,
    author: { name: handle.slice(1), handle },
    text,
    publishedAt: undefined,
    metrics: { readAt: 10 },
    media: { kind: 'none', count: 0 },
    hashtags: [],
    missing: [],
  });

const MARMALADE =
  'Seville orange marmalade latte is back 🍊 Only until Sunday! #coffee #seasonal with @beanco';
const PARAPHRASE = 'Seville orange marmalade latte is back 🍊 only until Sunday, come and try it! #coffee';
const similar = (posts: ReturnType<ReturnType<typeof watchSavedPosts>['posts']>) =>
  checkDraft(PARAPHRASE, { platform: 'x', savedPosts: posts }).filter((f) => f.ruleId === 'similar-post');

describe('the saved posts a composer compares drafts with', () => {
  it('asks once, when the first check wants them, for the most recent posts', async () => {
    await createRouter(allHandlers(db), identity)(
      { type: 'research.save', payload: captured('1', MARMALADE, '@acmecoffee') },
      xTab,
    );
    let changes = 0;
    const watch = watchSavedPosts(featureRun().env, () => changes++);
    await settle();
    expect(requests).toEqual([]);
    expect(watch.posts()).toEqual([]);
    await vi.waitFor(() => expect(changes).toBe(1));
    expect(requests).toEqual([{ type: 'research.recent', payload: { limit: SAVED_POSTS_FOR_CHECKS } }]);
    const posts = watch.posts();
    expect(posts).toEqual([expect.objectContaining({ text: MARMALADE, author: '@acmecoffee' })]);
    // Every later check gets the same list, so the similarity rule's index is built once.
    for (let i = 0; i < 5; i++) expect(watch.posts()).toBe(posts);
    expect(requests).toHaveLength(1);
    const [finding] = similar(posts);
    expect(finding?.message).toMatch(/% similar to @acmecoffee’s saved post "Seville orange marmalade/);
  });

  it('fetches again when a post is saved, in this tab or another, and re-checks with it', async () => {
    let changes = 0;
    const watch = watchSavedPosts(featureRun().env, () => changes++);
    expect(similar(watch.posts())).toEqual([]);
    await vi.waitFor(() => expect(changes).toBe(1));

    // The save button in some tab: the background saves; the write tells every tab.
    const saved = await fakeBrowser.runtime.sendMessage({
      type: 'research.save',
      payload: captured('1', MARMALADE, '@acmecoffee'),
    });
    expect(saved).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(changes).toBe(2));
    expect(delivered).toEqual([{ type: 'research.changed' }]);
    expect(similar(watch.posts())).toHaveLength(1);
  });

  it('fetches again when the dashboard deletes a post, so the draft is no longer compared with it', async () => {
    const saved = await fakeBrowser.runtime.sendMessage({
      type: 'research.save',
      payload: captured('1', MARMALADE, '@acmecoffee'),
    });
    let changes = 0;
    const watch = watchSavedPosts(featureRun().env, () => changes++);
    watch.posts();
    await vi.waitFor(() => expect(similar(watch.posts())).toHaveLength(1));
    const before = changes;
    // The dashboard writes the database itself; Dexie relays the write to the background.
    await researchRepository(db).delete((saved as { data: { id: string } }).data.id);
    await vi.waitFor(() => expect(changes).toBeGreaterThan(before));
    expect(similar(watch.posts())).toEqual([]);
  });

  it('fetches once more, not once per save, for saves that land while a fetch is under way', async () => {
    let changes = 0;
    const watch = watchSavedPosts(featureRun().env, () => changes++);
    watch.posts();
    for (let i = 0; i < 3; i++) {
      await fakeBrowser.runtime.onMessage.trigger(
        { type: 'research.changed' },
        { id: fakeBrowser.runtime.id },
        () => {},
      );
    }
    await vi.waitFor(() => expect(changes).toBe(1));
    // Give a third fetch the time it would take, had one been asked for.
    for (let i = 0; i < 20; i++) await settle();
    expect(requests.filter((r) => r.type === 'research.recent')).toHaveLength(2);
  });

  it('ignores notices before any check wanted the posts, from elsewhere, and after it stopped', async () => {
    const run = featureRun();
    const watch = watchSavedPosts(run.env, () => {});
    const notice = (id: string) =>
      fakeBrowser.runtime.onMessage.trigger({ type: 'research.changed' }, { id }, () => {});
    // A page without a composer never fetches the library.
    await notice(fakeBrowser.runtime.id);
    await settle();
    expect(requests).toEqual([]);
    watch.posts();
    await settle();
    await notice('another-extension');
    await settle();
    expect(requests).toHaveLength(1);
    run.stop();
    await notice(fakeBrowser.runtime.id);
    await settle();
    expect(requests).toHaveLength(1);
  });
});
