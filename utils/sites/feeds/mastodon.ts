import { absoluteUrl, countIn, mediaIn, timeFromDatetime, visibleText } from './extract';
import type { FeedAdapter } from './types';

// The boost line ("X boosted") sits in the wrapper above the status itself.
const wrapperOf = (post: Element) => post.closest('.status__wrapper') ?? post.parentElement ?? post;

const actionCount = (post: Element, index: number) => {
  const buttons = post.querySelectorAll(
    '.status__action-bar > button, .status__action-bar > .status__action-bar__button-wrapper > button',
  );
  return countIn(buttons[index]?.querySelector('.icon-button__counter'));
};

export const mastodonFeed: FeedAdapter = {
  platform: 'mastodon',
  posts: 'div.status[data-id]',
  postId: (post) => post.getAttribute('data-id') ?? undefined,
  permalink: (post) => absoluteUrl(post.querySelector('a.status__relative-time')?.getAttribute('href')),
  authorName: (post) => visibleText(post.querySelector('.status__display-name .display-name__html')),
  authorHandle: (post) => {
    const account =
      visibleText(post.querySelector('.status__display-name .display-name__account')) ??
      post.querySelector('a.status__display-name')?.getAttribute('title') ??
      undefined;
    return account ? (account.startsWith('@') ? account : `@${account}`) : undefined;
  },
  text: (post) =>
    visibleText(post.querySelector('.status__content__text') ?? post.querySelector('.status__content')),
  publishedAt: (post) => timeFromDatetime(post.querySelector('a.status__relative-time time[datetime]')),
  metrics: (post) => ({
    replies: actionCount(post, 0),
    reposts: actionCount(post, 1),
    likes: actionCount(post, 2),
  }),
  media: (post) =>
    mediaIn(post, {
      image: '.media-gallery__item img',
      video: 'video, .video-player, .audio-player',
      link: '.status-card',
    }),
  isAd: () => false,
  repost: (post) => {
    const prepend = wrapperOf(post).querySelector('.status__prepend');
    if (!prepend) return false;
    // Only a boost's line links to an account (its booster); "Pinned post" on a profile links to none.
    const reposter = prepend.querySelector('a.status__display-name, a[href*="/@"]');
    if (!reposter) return false;
    const acct = /\/@([^/?#]+)/.exec(reposter.getAttribute('href') ?? '')?.[1];
    return acct ? `@${acct}` : (visibleText(reposter) ?? true);
  },
};
