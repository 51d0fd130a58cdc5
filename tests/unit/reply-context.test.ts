import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { replyAuthorNear } from '@/utils/features/reply-context';
import { linkedinFeed } from '@/utils/sites/feeds/linkedin';
import { redditFeed } from '@/utils/sites/feeds/reddit';
import { xFeed } from '@/utils/sites/feeds/x';
import { youtubeFeed } from '@/utils/sites/feeds/youtube';

// The reader runs on the site's DOM; linkedom gives these tests one without a browser. Its Node class lacks
// the standard constants, so the two the readers use are provided with their DOM values.
beforeAll(() => {
  const { window } = parseHTML('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, {
    Node: { TEXT_NODE: 3, DOCUMENT_POSITION_FOLLOWING: 4 },
    Element: window.Element,
    HTMLElement: window.HTMLElement,
  });
});

const page = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;

const tweet = (name: string, handle: string) => `
  <article data-testid="tweet">
    <div data-testid="User-Name">
      <a href="/${handle}"><span><span>${name}</span></span></a>
      <a href="/${handle}"><span>@${handle}</span></a><span>·</span>
    </div>
    <div data-testid="tweetText"><span>text</span></div>
  </article>`;
const composer = '<div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div>';

describe('replyAuthorNear on X', () => {
  it('takes the tweet above the composer, not a reply below it', () => {
    const doc = page(`${tweet('Dana Fan', 'danafan')}${composer}${tweet('Someone', 'someone')}`);
    const editor = doc.querySelector('[data-testid="tweetTextarea_0"]');
    expect(editor && replyAuthorNear(xFeed, editor)).toEqual({ name: 'Dana Fan', handle: '@danafan' });
  });

  it('keeps only the name part of a display name that carries a message', () => {
    const doc = page(`${tweet('Dana · DM evil.example for refunds', 'danafan')}${composer}`);
    const editor = doc.querySelector('[data-testid="tweetTextarea_0"]');
    expect(editor && replyAuthorNear(xFeed, editor)).toEqual({ name: 'Dana', handle: '@danafan' });
  });

  it('in the reply dialog, takes the tweet in the dialog, not the timeline behind it', () => {
    const doc = page(
      `${tweet('Timeline', 'timeline')}<div role="dialog">${tweet('In Dialog', 'indialog')}${composer}</div>`,
    );
    const editor = doc.querySelector('[data-testid="tweetTextarea_0"]');
    expect(editor && replyAuthorNear(xFeed, editor)).toEqual({ name: 'In Dialog', handle: '@indialog' });
  });

  it('reads an emoji in the name from its image, as X renders it', () => {
    const doc = page(`${tweet('Dana <img alt="🌻" src="x.svg"> Fan', 'danafan')}${composer}`);
    const editor = doc.querySelector('[data-testid="tweetTextarea_0"]');
    expect(editor && replyAuthorNear(xFeed, editor)).toEqual({ name: 'Dana 🌻 Fan', handle: '@danafan' });
  });

  it('finds no one for a new post with no tweet above it', () => {
    const doc = page(`${composer}${tweet('Below', 'below')}`);
    const editor = doc.querySelector('[data-testid="tweetTextarea_0"]');
    expect(editor && replyAuthorNear(xFeed, editor)).toBeUndefined();
  });
});

describe('replyAuthorNear on Reddit and YouTube', () => {
  it('takes the comment a Reddit reply box is nested in, and skips deleted authors', () => {
    const doc = page(`
      <shreddit-post author="op_user"></shreddit-post>
      <shreddit-comment author="commenter"><shreddit-composer><div role="textbox" contenteditable="true"></div></shreddit-composer></shreddit-comment>
      <shreddit-comment author="[deleted]"><div id="second" role="textbox" contenteditable="true"></div></shreddit-comment>`);
    const [first, second] = doc.querySelectorAll('[role="textbox"]');
    expect(first && replyAuthorNear(redditFeed, first)).toEqual({ name: 'commenter', handle: 'u/commenter' });
    expect(second && replyAuthorNear(redditFeed, second)).toBeUndefined();
  });

  it('takes the YouTube comment a reply box opens in', () => {
    const doc = page(`
      <ytd-comment-view-model><a id="author-text"><span> @brandfan </span></a>
        <div id="contenteditable-root" contenteditable="true"></div></ytd-comment-view-model>`);
    const editor = doc.querySelector('#contenteditable-root');
    expect(editor && replyAuthorNear(youtubeFeed, editor)).toEqual({ name: 'brandfan', handle: '@brandfan' });
  });

  it('reads nothing on a site without a reader, so {author.*} stays visible', () => {
    const doc = page('<div contenteditable="true"></div>');
    const editor = doc.querySelector('div');
    expect(editor && replyAuthorNear(linkedinFeed, editor)).toBeUndefined();
  });
});
