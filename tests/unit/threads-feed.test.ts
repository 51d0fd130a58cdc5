import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPost } from '@/utils/sites/feeds/read-post';
import { threadsFeed } from '@/utils/sites/feeds/threads';

/**
 * A quote on the brand's Threads profile as tests/fixtures/sites/shared/threads-post.ts renders it: the brand's
 * post, with the quoted post inside it as a pressable container of its own, with its own author, /post/ link,
 * time and a longer text, and no action row.
 */
const QUOTE = `
  <div data-pressable-container="true">
    <a href="/@fellandfield"><img src="data:," alt=""></a>
    <a href="/@fellandfield"><span>Fell &amp; Field</span></a>
    <a href="/@fellandfield/post/DFel0002"><time datetime="2026-11-28T16:00:00.000Z">9d</time></a>
    <div dir="auto"><span>Please read this before you head up the fell.</span></div>
    <div data-pressable-container="true">
      <a href="/@valleymrt"><span>Valley Mountain Rescue</span></a>
      <a href="/@valleymrt/post/DMrt0001"><time datetime="2026-11-28T12:00:00.000Z">9d</time></a>
      <div dir="auto"><span>Avalanche risk is considerable above 600 m this weekend. Carry an axe and crampons.</span></div>
    </div>
    <div>
      <div role="button"><svg></svg><span>1280</span></div>
      <div role="button"><svg></svg><span>41</span></div>
      <div role="button"><svg></svg><span>96</span></div>
      <div role="button"><svg></svg><span>0</span></div>
    </div>
  </div>`;

const GLOBALS = ['location', 'Node', 'Element', 'HTMLElement'];
const saved = GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
beforeEach(() => {
  const { window } = parseHTML('<!doctype html><html><body></body></html>');
  const globals = {
    location: new URL('https://www.threads.com/@fellandfield'),
    Node: window.Node,
    Element: window.Element,
    HTMLElement: window.HTMLElement,
  };
  for (const [name, value] of Object.entries(globals))
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
});
afterEach(() => {
  for (const [name, descriptor] of saved)
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else Reflect.deleteProperty(globalThis, name);
});

function quotePost(markup = QUOTE): Element {
  const { document } = parseHTML(`<!doctype html><html><body><div role="main">${markup}</div></body></html>`);
  return document.querySelector('[role="main"] > [data-pressable-container]') as Element;
}

describe('Threads feed: a post quoting another account’s post', () => {
  it('is the quoting account’s post, with its own text, link, time and numbers', () => {
    const read = readPost(threadsFeed, quotePost(), Date.parse('2026-12-07T09:00:00Z'));
    expect(read).toMatchObject({
      postId: 'DFel0002',
      permalink: 'https://www.threads.com/@fellandfield/post/DFel0002',
      author: { name: 'Fell & Field', handle: '@fellandfield' },
      text: 'Please read this before you head up the fell.',
      publishedAt: Date.parse('2026-11-28T16:00:00.000Z'),
      metrics: { likes: 1280, replies: 41, reposts: 96 },
      isRepost: false,
    });
  });

  it('takes the link holding the post’s time even when a quoted post’s link comes first', () => {
    const quotedFirst = QUOTE.replace(
      '<a href="/@fellandfield"><img',
      '<a href="/@valleymrt/post/DMrt0001">Quoted</a><a href="/@fellandfield"><img',
    );
    expect(threadsFeed.postId(quotePost(quotedFirst))).toBe('DFel0002');
  });
});
