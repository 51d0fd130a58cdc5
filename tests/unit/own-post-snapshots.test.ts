import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startOwnPostSnapshots } from '@/utils/features/own-post-snapshots';
import { featureRun } from './feature-env';

/**
 * The feed page's half of the browse snapshots: what leaves the page. The background's half (which posts it
 * keeps, and how often) is tests/unit/analytics-browse-snapshots.test.ts.
 */

/** An article as X's timeline renders it (tests/fixtures/sites/shared/x-timeline.ts). */
const article = (id: string, handle: string, text: string, likes: string) => `
  <article data-testid="tweet">
    <div data-testid="User-Name">
      <a href="/${handle}"><span>${handle}</span></a>
      <a href="/${handle}"><span>@${handle}</span></a>
      <a href="/${handle}/status/${id}"><time datetime="2026-12-07T08:00:00.000Z">1h</time></a>
    </div>
    <div data-testid="tweetText"><span>${text}</span></div>
    <div role="group">
      <button data-testid="reply" aria-label="3 Replies. Reply"><span>3</span></button>
      <button data-testid="like" aria-label="${likes} Likes. Like"><span>1.2K</span></button>
      <a href="/${handle}/status/${id}/analytics" aria-label="9,800 views. View post analytics">9.8K</a>
    </div>
  </article>`;

let messages: { type: string; payload: unknown }[];
/** What the background answers a snapshot, in turn; then that it stored it. */
let snapshotReplies: unknown[];
let stop: () => void;

beforeEach(() => {
  fakeBrowser.reset();
  const { window, document } = parseHTML(
    `<!doctype html><html><body><main>${article('1', 'AcmeCoffee', 'Winter menu is here', '1,234')}${article('2', 'beanco', 'Roasting day', '90')}</main></body></html>`,
  );
  Object.assign(window, { setTimeout, clearTimeout });
  const globals: Record<string, unknown> = {
    window,
    document,
    location: new URL('https://x.com/AcmeCoffee'),
    Node: window.Node,
    Element: window.Element,
    HTMLElement: window.HTMLElement,
    MutationObserver: window.MutationObserver,
    requestIdleCallback: (callback: () => void) => setTimeout(callback, 0),
    cancelIdleCallback: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  };
  for (const [name, value] of Object.entries(globals))
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  messages = [];
  snapshotReplies = [];
  fakeBrowser.runtime.sendMessage = (async (message: { type: string; payload: unknown }) => {
    messages.push(message);
    if (message.type === 'analytics.ownAccounts') return { ok: true, data: { handles: ['acmecoffee'] } };
    return snapshotReplies.shift() ?? { ok: true, data: { stored: 1 } };
  }) as typeof fakeBrowser.runtime.sendMessage;
});
const start = () => {
  const run = featureRun();
  stop = run.stop;
  startOwnPostSnapshots(run.env);
};
const snapshotsSent = () => messages.filter((m) => m.type === 'analytics.snapshotOwnPosts');
afterEach(() => stop());

describe('the brand’s own posts on a feed page', () => {
  it('read the handles that came with the page’s site.status: a feed’s load sends no second message', async () => {
    const run = featureRun();
    stop = run.stop;
    startOwnPostSnapshots({
      ...run.env,
      atLoad: { ownHandles: ['acmecoffee'], userArrived: new Promise(() => {}) },
    });
    await vi.waitFor(() => expect(snapshotsSent()).not.toEqual([]));
    expect(messages.map((m) => m.type)).toEqual(['analytics.snapshotOwnPosts']);
  });

  it('are sent with the numbers the page shows; another account’s post never leaves the page', async () => {
    start();
    await vi.waitFor(() => expect(snapshotsSent()).not.toEqual([]));
    expect(messages[0]).toEqual({ type: 'analytics.ownAccounts', payload: { site: 'x' } });
    const sent = snapshotsSent();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.payload).toMatchObject({
      site: 'x',
      posts: [
        {
          postId: '1',
          permalink: 'https://x.com/AcmeCoffee/status/1',
          author: { handle: '@AcmeCoffee' },
          text: 'Winter menu is here',
          metrics: { replies: 3, likes: 1234, views: 9800 },
        },
      ],
    });
    expect(JSON.stringify(messages)).not.toMatch(/beanco|Roasting/);
  });

  it('sends a post again at the next change of the page when the background did not store it', async () => {
    snapshotReplies = [{ ok: false, error: 'The background did not answer.' }];
    start();
    await vi.waitFor(() => expect(snapshotsSent()).toHaveLength(1));
    document.querySelector('main')?.append(document.createElement('div'));
    await vi.waitFor(() => expect(snapshotsSent()).toHaveLength(2), { timeout: 6_000 });
    expect(snapshotsSent()[1]?.payload).toMatchObject({ posts: [{ postId: '1' }] });
  });
});
