import * as z from 'zod/mini';
import { MAX_POSTS_PER_SNAPSHOT } from './analytics/browse-snapshot-rules';
import { JurisdictionSchema } from './checks/schemas';
import { CapturedPostSchema, WebUrl } from './db/captured-post';
import { LongText, ShortText, Timestamp } from './db/fields';
import { FOLLOW_UP_NOTE_MAX } from './db/follow-up-records';
import { SNOOZES } from './follow-ups/schedule';
import { LAZY_SCRIPTS } from './lazy-scripts';
import { InstanceHostSchema } from './mastodon-instances';
import { BrandIdSchema, CheckFailureSchema, SiteIdSchema } from './message-schemas';
import {
  PickerFontSizeSchema,
  PickerHelloSchema,
  PickerTypedSchema,
  ReplyAuthorSchema,
} from './replies/picker-port';
import { TeamConnectionSchema } from './team/records';

const PickerTokenSchema = PickerHelloSchema.shape.token;

/**
 * What each message asks and who may send it: the background's half of the protocol. The router parses every
 * request with these schemas before a handler acts (a compromised renderer can send anything). Replies are
 * described in utils/message-schemas.ts; senders bundle only their types (utils/messaging.ts), so no schema
 * reaches the content scripts.
 *
 * `fromPagesOnly`: only the popup, dashboard and other extension pages may send it, never a content script.
 */
export const requests = {
  'site.status': { schema: z.object({ site: SiteIdSchema }), fromPagesOnly: false },
  /** Only the popup and dashboard may switch a site on or off. */
  'site.setEnabled': {
    schema: z.object({ site: SiteIdSchema, enabled: z.boolean() }),
    fromPagesOnly: true,
  },
  /** The save button on a feed post: a new row, or a metrics snapshot when the permalink is saved already. */
  'research.save': { schema: CapturedPostSchema, fromPagesOnly: false },
  /** Which of the posts on screen are in the library, so their buttons can say so (inside closed roots). */
  'research.savedAmong': {
    schema: z.object({
      permalinks: z.array(z.string().check(z.maxLength(2048))).check(z.maxLength(200)),
    }),
    fromPagesOnly: false,
  },
  /** Recently saved posts for the check engine's similarity rule (checkDraft's `savedPosts`). */
  'research.recent': {
    schema: z.object({ limit: z.number().check(z.int(), z.minimum(1), z.maximum(2000)) }),
    fromPagesOnly: false,
  },
  /**
   * The brand for a page: `brandId` when the user picked one in the overlay panel, else the one listing
   * `account` (the handle the adapter sees logged in), else the one listing the site, else the default.
   */
  'brand.active': {
    schema: z.object({
      site: SiteIdSchema,
      account: z.optional(z.string().check(z.maxLength(200))),
      brandId: z.optional(BrandIdSchema),
    }),
    fromPagesOnly: false,
  },
  /**
   * The guidelines a page checks with when no brand applies: the engine's defaults with their messages in the
   * UI language, which the engine's own copy cannot have (a catalogue would cost check-engine.js bytes).
   */
  'guidelines.default': { schema: z.object({}), fromPagesOnly: false },
  /** For the overlay panel's brand switcher. */
  'brand.list': { schema: z.object({}), fromPagesOnly: false },
  /** The dashboard wrote brands (edit, import, restore): the background tells open tabs to refetch. */
  'brand.changed': { schema: z.object({}), fromPagesOnly: true },
  /** Fetches a subscribed brand's pack now (the page has already been granted the URL's host permission). */
  'brand.refreshPack': { schema: z.object({ brandId: BrandIdSchema }), fromPagesOnly: true },
  /**
   * The brand's handles on the sender's site, so its feed pages send only the brand's own posts for snapshots
   * (docs/analytics.md); none when the user switched browse snapshots off. A page only learns its own site's.
   */
  'analytics.ownAccounts': { schema: z.object({ site: SiteIdSchema }), fromPagesOnly: false },
  /**
   * The brand's own posts a feed page shows, as the feed readers read them: the background keeps those by one
   * of the brand's accounts, at most one reading per post an hour.
   */
  'analytics.snapshotOwnPosts': {
    schema: z.object({
      site: SiteIdSchema,
      posts: z.array(CapturedPostSchema).check(z.minLength(1), z.maxLength(MAX_POSTS_PER_SNAPSHOT)),
    }),
    fromPagesOnly: false,
  },
  /** The follow-up form on a feed post or comment: a reminder to come back to it (one per post). */
  'followUps.save': {
    schema: z.object({
      platform: SiteIdSchema,
      url: WebUrl,
      postId: z.optional(ShortText),
      author: z.object({ name: z.optional(ShortText), handle: z.optional(ShortText) }),
      text: LongText,
      note: z.string().check(z.maxLength(FOLLOW_UP_NOTE_MAX)),
      dueAt: Timestamp,
    }),
    fromPagesOnly: false,
  },
  /** The dashboard's one-click Done and Snooze: the background moves or cancels the follow-up's alarm. */
  'followUps.done': {
    schema: z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)) }),
    fromPagesOnly: true,
  },
  'followUps.snooze': {
    schema: z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)), snooze: z.enum(SNOOZES) }),
    fromPagesOnly: true,
  },
  /** After a restore: every open follow-up gets its alarm again, and only those. */
  'followUps.changed': { schema: z.object({}), fromPagesOnly: true },
  /** The dashboard and popup say so after they change the calendar, so reminders follow. */
  'calendar.remindersChanged': { schema: z.object({}), fromPagesOnly: true },
  /** The composer overlay asks for the draft to offer; a site only gets its own platform's draft. */
  'calendar.dueDraft': { schema: z.object({ platform: SiteIdSchema }), fromPagesOnly: false },
  /**
   * From the popup, or the overlay of a site the entry is planned for; the overlay adds the link the site
   * showed for the post the user just sent with the entry's draft (utils/features/published-link.ts).
   */
  'calendar.markPublished': {
    schema: z.object({
      id: z.string().check(z.minLength(1), z.maxLength(100)),
      link: z.optional(z.string().check(z.maxLength(2048), z.regex(/^https:\/\/\S+$/))),
    }),
    fromPagesOnly: false,
  },
  /** A content script needs one of OnBrand's lazily loaded scripts in its frame (features/lazy-script.ts). */
  'page.loadScript': { schema: z.object({ script: z.enum(LAZY_SCRIPTS) }), fromPagesOnly: false },
  /**
   * Checks that threw in a composer's page since its last report, counted per rule: the background adds them
   * up for Settings' "Check diagnostics" (a page's own list ends with the page).
   */
  'checks.reportFailures': {
    schema: z.object({ failures: z.array(CheckFailureSchema).check(z.minLength(1), z.maxLength(100)) }),
    fromPagesOnly: false,
  },
  /** What the sites' pages reported, for Settings. */
  'checks.failures': { schema: z.object({}), fromPagesOnly: true },
  'checks.clearFailures': { schema: z.object({}), fromPagesOnly: true },
  /** The markets drafts are checked for when a brand names none: the user's choice, else a guess. */
  'markets.current': { schema: z.object({}), fromPagesOnly: false },
  /**
   * The welcome page's "Where do you publish?", or the overlay panel's one click that keeps the markets it
   * assumed (so a content script may send it: the worst a forged one can do is pick markets the panel shows).
   */
  'markets.choose': {
    schema: z.object({ markets: z.array(JurisdictionSchema).check(z.minLength(1), z.maxLength(6)) }),
    fromPagesOnly: false,
  },
  /** Opens the welcome page (from Settings, or the panel's "Change market…") at one of its sections. */
  'welcome.open': { schema: z.object({ section: z.optional(z.enum(['markets'])) }), fromPagesOnly: false },
  /** Settings → Team: only OnBrand's own pages ever see or send team credentials. */
  'team.connect': { schema: TeamConnectionSchema, fromPagesOnly: true },
  'team.disconnect': { schema: z.object({}), fromPagesOnly: true },
  'team.status': { schema: z.object({}), fromPagesOnly: true },
  'mastodon.instances': { schema: z.object({}), fromPagesOnly: true },
  /** Sent by the settings page once the user has granted the host's permission. */
  'mastodon.addInstance': { schema: z.object({ host: InstanceHostSchema }), fromPagesOnly: true },
  'mastodon.removeInstance': { schema: z.object({ host: InstanceHostSchema }), fromPagesOnly: true },
  /** A content script may only ask for its own site's platform (the background checks the sender). */
  'replies.list': { schema: z.object({ platform: SiteIdSchema }), fromPagesOnly: false },
  'replies.used': { schema: z.object({ id: z.string().check(z.maxLength(100)) }), fromPagesOnly: false },
  /**
   * A content script frames a hidden picker ahead of use and registers the one-time token it gave it; the
   * picker's port must present that token from the same tab (handlers/reply-picker.ts).
   */
  'replies.pickerPrepare': { schema: z.object({ token: PickerTokenSchema }), fromPagesOnly: false },
  /** Shows the prepared picker with the replies of the sender's own site, for the composer it was opened on. */
  'replies.pickerOpen': {
    schema: z.object({
      token: PickerTokenSchema,
      author: ReplyAuthorSchema,
      fontSize: PickerFontSizeSchema,
      replyId: z.optional(z.string().check(z.maxLength(100))),
    }),
    fromPagesOnly: false,
  },
  /**
   * What the user typed after asking for the picker and before its frame had the keyboard: the content script
   * kept those keys from the editor and hands them on, for the picker to put before what reached it itself.
   */
  'replies.pickerKeys': {
    schema: z.object({ token: PickerTokenSchema, text: PickerTypedSchema }),
    fromPagesOnly: false,
  },
} as const;
