import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { youtubeFeed } from '@/utils/sites/feeds/youtube';

/** A card of a channel's Videos tab as tests/fixtures/sites/youtube/profile.ts renders it (sources there). */
function card(page: string, byline = ''): Element {
  const { document, window } = parseHTML(
    `<ytd-app><ytd-browse page-subtype="${page}"><ytd-rich-grid-renderer><ytd-rich-item-renderer><ytd-rich-grid-media><a id="video-title-link" href="/watch?v=hbVid00001a"><yt-formatted-string id="video-title">Laminating croissant dough</yt-formatted-string></a>${byline}<div id="metadata-line"><span>12K views</span><span>2 days ago</span></div></ytd-rich-grid-media></ytd-rich-item-renderer></ytd-rich-grid-renderer></ytd-browse></ytd-app>`,
  );
  // The card's text is read as the page's DOM reads it.
  Object.assign(globalThis, { Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement });
  return document.querySelector('ytd-rich-item-renderer') as Element;
}

const at = (url: string) =>
  Object.defineProperty(globalThis, 'location', { value: new URL(url), configurable: true, writable: true });

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'location');
});

describe('YouTube: a card on a channel’s own Videos tab', () => {
  it('names no channel, so it is the channel whose page it is', () => {
    at('https://www.youtube.com/@harbourbakes/videos');
    const post = card('channels');
    expect(youtubeFeed.authorHandle(post)).toBe('@harbourbakes');
    expect(youtubeFeed.metrics(post)).toEqual({ views: 12_000 });
  });

  it('a card that names its channel keeps it, and a card off a channel page takes none from the URL', () => {
    at('https://www.youtube.com/@harbourbakes/videos');
    expect(
      youtubeFeed.authorHandle(
        card('channels', '<ytd-channel-name><a href="/@otherbakery">Other Bakery</a></ytd-channel-name>'),
      ),
    ).toBe('@otherbakery');
    expect(youtubeFeed.authorHandle(card('home'))).toBeUndefined();
  });
});
