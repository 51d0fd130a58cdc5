import { plural, t } from '@/utils/i18n';
import { attempt, readPost } from '@/utils/sites/feeds/read-post';
import type { FeatureEnv } from './feature';
import { FollowUpButton, type FollowUpChoice } from './follow-up-button';
import { type PostKind, SaveButton } from './save-button';

// Attributes whose change means a recycled element now shows another post (sites.md §6).
const IDENTITY_ATTRIBUTES = [
  'href',
  'id',
  'data-id',
  'data-testid',
  'data-urn',
  'componentkey',
  'permalink',
  'datetime',
];

/**
 * Gives every feed post on the page one save button, as posts scroll in, and keeps each button keyed to
 * the post its element shows now: virtualised feeds reuse elements for other posts. The post is read
 * when the user clicks, never earlier. Every button goes when `signal` aborts.
 */
export function startSavePost({ site, signal, timers, send }: FeatureEnv): void {
  const { feed } = site;
  const buttons = new Map<Element, SaveButton>();
  const followUps = new Map<Element, FollowUpButton>();
  const pendingLookups = new Set<string>();
  let lookupQueued = false;
  let scanQueued = false;

  const kindOf = (post: Element): PostKind =>
    attempt(() => feed.isAd(post))
      ? 'ad'
      : (attempt(() => feed.repost(post)) ?? false) !== false
        ? 'repost'
        : 'post';

  const save = async (button: SaveButton, post: Element) => {
    const captured = readPost(feed, post, Date.now());
    // Key by what the post shows at the click, whatever it showed when the button was placed.
    if (captured.postId !== button.postKey) button.rekey(captured.postId, captured.permalink, kindOf(post));
    button.show('saving');
    const reply = await send('research.save', captured);
    if (signal.aborted || button.postKey !== captured.postId) return;
    if (!reply.ok) {
      // The background's sentence is the button's tooltip; the button itself says only that it failed.
      button.show('error', reply.error);
      return;
    }
    button.markSavedHere();
    const { snapshots } = reply.data;
    button.show('saved', snapshots > 1 ? plural('saveButtonReadings', snapshots) : undefined);
  };

  /** Files a follow-up on what the post shows at the click; an error in a sentence, or undefined. */
  const followUp = async (post: Element, { dueAt, note }: FollowUpChoice): Promise<string | undefined> => {
    const captured = readPost(feed, post, Date.now());
    if (!captured.permalink) return t('followUpNoLink');
    const reply = await send('followUps.save', {
      platform: site.id,
      url: captured.permalink,
      ...(captured.postId ? { postId: captured.postId } : {}),
      author: captured.author,
      text: captured.text,
      note,
      dueAt,
    });
    return reply.ok ? undefined : reply.error;
  };

  const lookUpSaved = async () => {
    lookupQueued = false;
    const permalinks = [...pendingLookups].slice(0, 200);
    for (const permalink of permalinks) pendingLookups.delete(permalink);
    if (permalinks.length === 0) return;
    const reply = await send('research.savedAmong', { permalinks });
    if (!reply.ok || signal.aborted) return;
    const saved = new Set(reply.data.saved);
    for (const button of buttons.values()) {
      if (button.permalink && saved.has(button.permalink)) button.show('saved');
    }
    if (pendingLookups.size > 0) queueLookup();
  };
  const queueLookup = () => {
    if (lookupQueued) return;
    lookupQueued = true;
    timers.timeout(() => void lookUpSaved(), 150);
  };

  const place = (post: Element) => {
    let button = buttons.get(post);
    const fresh = button === undefined;
    if (!button) {
      button = new SaveButton((clicked) => void save(clicked, post));
      buttons.set(post, button);
    }
    let later = followUps.get(post);
    if (!later) {
      later = new FollowUpButton((choice) => followUp(post, choice));
      followUps.set(post, later);
    }
    if (button.host.parentElement !== post) post.append(button.host);
    if (later.host.previousElementSibling !== button.host) button.host.after(later.host);
    const postKey = attempt(() => feed.postId(post));
    if (!fresh && postKey === button.postKey && button.permalink !== undefined) return;
    const permalink = attempt(() => feed.permalink(post));
    if (!fresh && postKey === button.postKey && permalink === button.permalink) return;
    button.rekey(postKey, permalink, kindOf(post));
    if (!fresh) later.reset();
    if (permalink) {
      pendingLookups.add(permalink);
      queueLookup();
    }
  };

  const scan = () => {
    scanQueued = false;
    for (const [post, button] of buttons) {
      if (!post.isConnected) {
        button.host.remove();
        buttons.delete(post);
        followUps.get(post)?.host.remove();
        followUps.delete(post);
      }
    }
    let posts: Element[];
    try {
      posts = [...document.querySelectorAll(feed.posts)];
    } catch {
      return;
    }
    for (const post of posts) {
      // A quoted or shared post inside another post belongs to the outer one's button.
      if (post.parentElement?.closest(feed.posts)) continue;
      // Another copy of OnBrand (an old content script after an update) may have left its button.
      for (const stray of post.querySelectorAll(':scope > onbrand-save, :scope > onbrand-follow-up')) {
        if (stray !== buttons.get(post)?.host && stray !== followUps.get(post)?.host) stray.remove();
      }
      place(post);
    }
  };
  const queueScan = () => {
    if (scanQueued) return;
    scanQueued = true;
    timers.frame(scan);
  };

  const observer = new MutationObserver(queueScan);
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: IDENTITY_ATTRIBUTES,
  });
  scan();

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      for (const button of buttons.values()) button.host.remove();
      for (const later of followUps.values()) later.host.remove();
      buttons.clear();
      followUps.clear();
    },
    { once: true },
  );
}
