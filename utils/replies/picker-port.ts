import * as z from 'zod/mini';
import { PlatformIdSchema } from '@/utils/checks/schemas';
import { SavedReplySchema } from '@/utils/db/saved-reply';
import { PickedReplyShape } from '@/utils/message-schemas';

/**
 * The reply picker's one channel: a port from the picker page to the background. The picker shows nothing
 * until the background, on this port, hands it what to show; and the background only does that for a port
 * that presented the one-time token the content script of the same tab registered. A page that frames the
 * picker itself has no token, and nothing in the picker's URL is believed.
 */
export const REPLY_PICKER_PORT = 'onbrand.reply-picker';

/** Picker → background, first message on the port. */
export const PickerHelloSchema = z.object({
  type: z.literal('hello'),
  token: z.string().check(z.minLength(32), z.maxLength(64)),
});

/** Picker → background, after the hello: what the user did. */
export const PickerActionSchema = z.union([
  z.object({ type: z.literal('insert'), ...PickedReplyShape }),
  z.object({ type: z.literal('close') }),
]);
export type PickerAction = z.infer<typeof PickerActionSchema>;

/** Who is being replied to, as the composer's page shows it (untrusted page text, sanitised before use). */
export const ReplyAuthorSchema = z.object({
  name: z.optional(z.string().check(z.maxLength(200))),
  handle: z.optional(z.string().check(z.maxLength(200))),
});

export const PickerFontSizeSchema = z.number().check(z.minimum(10), z.maximum(32));

/** Background → picker: open with these replies, for this composer. */
export const PickerShowSchema = z.object({
  type: z.literal('show'),
  platform: PlatformIdSchema,
  author: ReplyAuthorSchema,
  /** Opened by `;;shortcut` for a reply with fill-ins: that reply, its first fill-in focused. */
  replyId: z.optional(z.string().check(z.maxLength(100))),
  replies: z.array(SavedReplySchema),
  myName: z.string(),
  /** The page's text size where the user writes, in CSS px: the picker's text matches it. */
  fontSize: PickerFontSizeSchema,
  /** The page's brand is in crisis mode: its holding statements come first. */
  crisis: z.optional(z.boolean()),
});
export type PickerShow = z.infer<typeof PickerShowSchema>;

/** Characters typed before the picker had the keyboard; a burst of typing, not a document. */
export const PickerTypedSchema = z.string().check(z.minLength(1), z.maxLength(200));

/** Background → picker, after a show: keys the content script kept from the editor, in the order typed. */
export const PickerTypedMessageSchema = z.object({ type: z.literal('typed'), text: PickerTypedSchema });
export type PickerTyped = z.infer<typeof PickerTypedMessageSchema>;

/** Everything the background sends the picker. */
export const PickerMessageSchema = z.discriminatedUnion('type', [PickerShowSchema, PickerTypedMessageSchema]);
