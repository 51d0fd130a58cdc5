import type { CapturedPost } from '../db/records';
import { hashtagsIn, mentionsIn } from '../sites/feeds/extract';
import { siteForUrl } from '../sites/meta';

export interface ContextMenuClick {
  selectionText?: string;
  linkUrl?: string;
  /** Firefox only. */
  linkText?: string;
  pageUrl?: string;
}

const isWebUrl = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/**
 * What "Save to OnBrand research" saves: the selection (linked to the page with a text fragment, so opening
 * it scrolls to the words), else the link, else the page. Author, time and metrics are not read from
 * arbitrary pages: they are listed as missing.
 */
export function captureFromContextMenu(
  click: ContextMenuClick,
  tab: { title?: string; url?: string } | undefined,
  now: number,
): CapturedPost | undefined {
  const pageUrl = isWebUrl(click.pageUrl) ? click.pageUrl : isWebUrl(tab?.url) ? tab.url : undefined;
  const selection = click.selectionText?.trim();
  let source: CapturedPost['source'];
  let text: string;
  let permalink: string | undefined;
  if (selection) {
    source = 'selection';
    text = selection;
    const start = selection.split(/\s+/).slice(0, 8).join(' ');
    permalink = pageUrl && `${pageUrl.replace(/#.*$/, '')}#:~:text=${encodeURIComponent(start)}`;
  } else if (isWebUrl(click.linkUrl)) {
    source = 'link';
    text = click.linkText?.trim() || click.linkUrl;
    permalink = click.linkUrl;
  } else if (pageUrl) {
    source = 'page';
    text = tab?.title?.trim() || pageUrl;
    permalink = pageUrl;
  } else {
    return undefined;
  }
  if (permalink && permalink.length > 2048) permalink = undefined;
  const platform = siteForUrl(permalink ?? pageUrl)?.id ?? 'web';
  return {
    platform,
    ...(permalink ? { permalink } : {}),
    author: {},
    text: text.slice(0, 200_000),
    metrics: { readAt: now },
    media: { kind: 'none', count: 0 },
    hashtags: hashtagsIn(text),
    mentions: mentionsIn(text),
    isAd: false,
    isRepost: false,
    missing: ['author', 'publishedAt', 'metrics', ...(permalink ? [] : ['permalink'])],
    source,
  };
}
