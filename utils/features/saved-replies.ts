import { showReplyNotice } from '@/components/overlay/reply-notice';
import { ReplyPickerFrame } from '@/components/overlay/reply-picker-frame';
import type { SavedReply } from '@/utils/db/records';
import { caretOffsets, selectOffsets } from '@/utils/editors/caret';
import { deepActiveElement } from '@/utils/editors/deep-active-element';
import { copyToClipboard, type InsertResult, replaceRange } from '@/utils/editors/insert';
import { readComposer } from '@/utils/editors/read-composer';
import { t } from '@/utils/i18n';
import {
  looksLikeShortcut,
  type ShortcutMatch,
  type ShortcutTrigger,
  shortcutAtCaret,
  shortcutTrigger,
  textForTrigger,
  typesCharacter,
} from '@/utils/replies/shortcut';
import { fillInLabels } from '@/utils/replies/template';
import { chooseReplyText } from '@/utils/replies/variant';
import type { SavedRepliesHandle } from './composer-tools';
import type { FeatureEnv } from './feature';
import { replyAuthorNear } from './reply-context';

/** Replies are re-read when a composer gets focus, at most this often (edits in the dashboard show up). */
const REFRESH_MS = 2000;

/** Where a picked reply goes: the span it replaces in the composer text the picker was opened on. */
interface PickerTarget {
  editor: Element;
  before: string;
  start: number;
  end: number;
  /** Set when the picker was opened by `;;shortcut` + key, to ask for the reply's fill-ins. */
  trigger?: ShortcutTrigger;
  /** Characters typed since the picker was asked for that reached this page, not yet handed to the frame. */
  typed: string;
  /** The frame, once shown: kept keys go to it. */
  shown?: ReplyPickerFrame;
}

/**
 * Saved replies in the site's composers: `;;shortcut` + Space/Tab expands in place; Alt+Shift+R opens the
 * picker. The replies come from the background by message (this script never opens IndexedDB); the text
 * goes in through the editor (utils/editors/insert) and the use is counted once it is verified.
 */
export function startSavedReplies({ ctx, site, signal, onNotice, send }: FeatureEnv): SavedRepliesHandle {
  let replies: SavedReply[] = [];
  let myName = '';
  let shortcuts = new Set<string>();
  let fetchedAt = 0;
  let picker: PickerTarget | undefined;
  /** The hidden picker framed ahead of use, so the user's Alt+Shift+R only has to show it. */
  let prepared: Promise<ReplyPickerFrame | undefined> | undefined;

  /** The first answer to `replies.list`, whatever it was: until then no shortcut is known to be unknown. */
  let firstList: Promise<void> | undefined;
  let listed = false;

  const refresh = (): Promise<void> => {
    fetchedAt = Date.now();
    const listing = (async () => {
      const reply = await send('replies.list', { platform: site.id });
      listed = true;
      if (!reply.ok || signal.aborted) return;
      replies = reply.data.replies;
      myName = reply.data.myName;
      shortcuts = new Set(replies.flatMap((r) => (r.shortcut ? [r.shortcut] : [])));
    })();
    firstList ??= listing;
    return listing;
  };

  // Focus and keys are listened to on the document, capturing, so OnBrand sees Space/Tab before the editor
  // acts on them; only events inside one of the site's composers are considered.
  const composerSelector = site.surfaces.map((surface) => surface.selector).join(', ');
  const composerAt = (target: EventTarget | null | undefined): Element | null =>
    target instanceof Element ? target.closest(composerSelector) : null;
  const composerOf = (event: Event) => composerAt(event.composedPath()[0]);

  const onFocusIn = (event: FocusEvent) => {
    // The user left the shown picker for the page (Tab out of the frame): it is no longer where they type.
    if (picker?.shown && !picker.shown.holds(event.target)) closePicker(false);
    if (!composerOf(event)) return;
    if (Date.now() - fetchedAt > REFRESH_MS) void refresh();
    void preparePicker();
  };

  // One per page, registered with the background under a fresh token before the frame loads with it.
  const preparePicker = (): Promise<ReplyPickerFrame | undefined> => {
    prepared ??= (async () => {
      const token = crypto.randomUUID();
      const reply = await send('replies.pickerPrepare', { token });
      if (!reply.ok || signal.aborted) return undefined;
      return new ReplyPickerFrame(ctx, token);
    })();
    return prepared;
  };

  const dropPreparedPicker = async () => {
    const frame = await prepared;
    prepared = undefined;
    frame?.remove();
  };

  // Only the user's own keys: a page script that dispatches a fake Space after `;;guess` would otherwise learn
  // from dispatchEvent's return that the shortcut exists, then read the inserted reply from its own editor.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (picker && !event.isComposing) {
      keepForPicker(event, picker);
      return;
    }
    const editor = composerOf(event);
    if (!editor) return;
    if (event.code === 'KeyR' && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      event.stopImmediatePropagation();
      void openPicker(editor);
      return;
    }
    const trigger = shortcutTrigger(event);
    if (!trigger || (listed && shortcuts.size === 0)) return;
    const caret = caretOffsets(editor);
    if (!caret || caret[0] !== caret[1]) return;
    const text = readComposer(editor);
    if (!listed) {
      // Typed straight after the page loaded, before the replies arrived: Space or Tab after `;;word` waits
      // for them, then expands, or a Space is typed as the space it was (a Tab cannot be replayed, so one
      // after a word that is no shortcut is dropped). Held for any `;;word`: holding tells the page nothing
      // about which shortcuts exist.
      if (!looksLikeShortcut(text, caret[0]) || !firstList) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      void holdTrigger(editor, text, caret[0], trigger, firstList);
      return;
    }
    const match = shortcutAtCaret(text, caret[0], shortcuts);
    if (!match) return;
    // Ours: the editor must not also type the space or move focus on Tab.
    event.preventDefault();
    event.stopImmediatePropagation();
    void expandShortcut(editor, text, match, trigger);
  };

  /**
   * A key that reached the page while the picker is asked for or just shown: the frame has not got the
   * keyboard yet (its round trip to the background, its load, the browser moving focus into it). It was
   * typed for the picker, so the editor must not act on it; characters go to the frame, in order.
   */
  const keepForPicker = (event: KeyboardEvent, target: PickerTarget) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.key === 'Escape') closePicker(true);
    else if (event.key === 'Backspace') target.typed = [...target.typed].slice(0, -1).join('');
    else if (typesCharacter(event)) {
      target.typed += event.key;
      handOnKeys(target);
    }
  };

  const handOnKeys = (target: PickerTarget) => {
    const frame = target.shown;
    if (!frame || !target.typed) return;
    // In pieces within the message's bound (a burst of typing is far shorter), in order.
    const chars = [...target.typed];
    target.typed = '';
    for (let at = 0; at < chars.length; at += 100)
      void send('replies.pickerKeys', { token: frame.token, text: chars.slice(at, at + 100).join('') });
  };

  const holdTrigger = async (
    editor: Element,
    before: string,
    caret: number,
    trigger: ShortcutTrigger,
    list: Promise<void>,
  ) => {
    await list;
    if (signal.aborted) return;
    const match = shortcutAtCaret(before, caret, shortcuts);
    if (match) await expandShortcut(editor, before, match, trigger);
    else if (trigger === 'space')
      await replaceRange(editor, caret, caret, ' ', { ctx, expectedText: before });
  };

  const expandShortcut = async (
    editor: Element,
    before: string,
    match: ShortcutMatch,
    trigger: ShortcutTrigger,
  ) => {
    const reply = replies.find((r) => r.shortcut === match.shortcut);
    if (!reply) return;
    const needsFields = [reply.body, ...Object.values(reply.variants)].some(
      (t) => fillInLabels(t ?? '').length > 0,
    );
    if (needsFields) {
      await openPicker(editor, { replyId: reply.id, start: match.start, end: match.end, trigger });
      return;
    }
    const chosen = chooseReplyText(reply, site.id, {
      author: replyAuthorNear(site.feed, editor),
      myName,
      now: new Date(),
    });
    const text = textForTrigger(chosen.expansion.text, trigger);
    await insertReply(editor, before, match.start, match.end, text, chosen.expansion.cursor, reply.id);
  };

  const insertReply = async (
    editor: Element,
    before: string,
    start: number,
    end: number,
    text: string,
    cursor: number | null,
    replyId: string,
  ) => {
    const result = await replaceRange(editor, start, end, text, { ctx, expectedText: before });
    if (result.status === 'done') {
      if (cursor !== null) selectOffsets(editor, start + cursor, start + cursor);
      void send('replies.used', { id: replyId });
      return;
    }
    // After Space the user often types on before the editor's text is read back; the reply landed whole if
    // the draft still begins and ends as planned around it. Leave the caret where their typing put it.
    if (result.status === 'wrong' && typedOnAfter(before, start, end, text, result.text)) {
      void send('replies.used', { id: replyId });
      return;
    }
    // replaceRange copies the text itself when an attempt fails; a stale or uneditable composer got no attempt.
    const copied = result.copied || (await copyToClipboard(text));
    showReplyNotice(ctx, editor, noticeFor(result, copied));
  };

  const openPicker = async (
    editor: Element,
    preset?: { replyId: string; start: number; end: number; trigger: ShortcutTrigger },
    typedBefore = '',
  ) => {
    closePicker(false);
    const before = readComposer(editor);
    const [start, end] = preset
      ? [preset.start, preset.end]
      : (caretOffsets(editor) ?? [before.length, before.length]);
    const target: PickerTarget = { editor, before, start, end, trigger: preset?.trigger, typed: typedBefore };
    picker = target;
    const fontSize = pickerFontSize(editor);
    const author = replyAuthorNear(site.feed, editor) ?? {};
    const request = { author, fontSize, replyId: preset?.replyId };
    // The background forgets prepared pickers when it restarts: then frame a new one, once.
    for (let attempt = 0; attempt < 2; attempt++) {
      const frame = await preparePicker();
      if (!frame || picker !== target) return;
      const opened = await send('replies.pickerOpen', { token: frame.token, ...request });
      if (picker !== target) return;
      if (opened.ok && opened.data.ready) {
        frame.show(editor, fontSize);
        target.shown = frame;
        handOnKeys(target);
        return;
      }
      await dropPreparedPicker();
    }
    picker = undefined;
  };

  const closePicker = (refocus: boolean) => {
    if (!picker) return;
    const { editor, start, end } = picker;
    picker = undefined;
    void prepared?.then((frame) => frame?.hide());
    if (refocus && editor instanceof HTMLElement && editor.isConnected) {
      // Back where the user was: focus alone would put the caret at the start of some editors (Draft.js).
      editor.focus();
      selectOffsets(editor, start, end);
    }
  };

  onNotice((notice) => {
    if (notice.type !== 'replies.picked' && notice.type !== 'replies.pickerClosed') return;
    const target = picker;
    if (!target) return;
    // Focus back in the page either way: the editor takes the reply, or the clipboard does (it needs focus).
    closePicker(true);
    if (notice.type !== 'replies.picked') return;
    const text = target.trigger ? textForTrigger(notice.text, target.trigger) : notice.text;
    void insertReply(
      target.editor,
      target.before,
      target.start,
      target.end,
      text,
      notice.cursor,
      notice.replyId,
    );
  });

  // A click anywhere in the page closes the picker (clicks inside the frame never reach this document).
  const onPointerDown = (event: PointerEvent) => {
    if (event.isTrusted) closePicker(false);
  };

  // Capturing, so OnBrand sees Space/Tab before the editor acts on them.
  const options = { capture: true, signal };
  document.addEventListener('focusin', onFocusIn, options);
  document.addEventListener('keydown', onKeyDown, options);
  document.addEventListener('pointerdown', onPointerDown, options);
  void refresh();
  // Started when the user came to a composer (composer-tools.ts): the focus that brought them is already there.
  if (composerAt(deepActiveElement())) void preparePicker();

  signal.addEventListener(
    'abort',
    () => {
      closePicker(false);
      void dropPreparedPicker();
    },
    { once: true },
  );
  return {
    openPicker: (editor, typed) => void openPicker(editor, undefined, typed),
    holdTrigger: (editor, before, caret, trigger) =>
      void holdTrigger(editor, before, caret, trigger, firstList ?? refresh()),
  };
}

/** The page's text size where the user writes, within what keeps the picker readable and on screen. */
function pickerFontSize(editor: Element): number {
  const size = Number.parseFloat(getComputedStyle(editor).fontSize);
  return Number.isFinite(size) ? Math.min(18, Math.max(14, size)) : 15;
}

function typedOnAfter(before: string, start: number, end: number, text: string, after: string): boolean {
  const head = before.slice(0, start) + text;
  const tail = before.slice(end);
  return after.length > head.length + tail.length && after.startsWith(head) && after.endsWith(tail);
}

function noticeFor(result: InsertResult, copied: boolean): string {
  const clipboard = copied ? t('pickerNoticeOnClipboard') : t('pickerNoticeTryAgain');
  switch (result.status) {
    case 'stale':
      return `${t('pickerNoticeStale')} ${clipboard}`;
    case 'not-editable':
      return `${t('pickerNoticeNotEditable')} ${clipboard}`;
    case 'wrong':
      return `${t('pickerNoticeWrong')} ${clipboard}`;
    default:
      return `${t('pickerNoticeUnconfirmed')} ${clipboard}`;
  }
}
