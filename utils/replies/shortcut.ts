/**
 * Typing `;;` + a reply's shortcut, then Space or Tab, expands the reply in place. Shortcuts are letters,
 * digits, `_` and `-`, compared without case.
 */

export const SHORTCUT_PREFIX = ';;';
const SHORTCUT_CHARS = /^[\p{L}\p{N}_-]{1,40}$/u;
const AT_CARET = /;;([\p{L}\p{N}_-]{1,40})$/u;

/** The stored form of what the user typed as a shortcut (`;;Thanks ` → `thanks`), or null if it can't be one. */
export function normalizeShortcut(input: string): string | null {
  const bare = input.trim().replace(/^;;/, '').toLowerCase();
  return SHORTCUT_CHARS.test(bare) ? bare : null;
}

export type ShortcutTrigger = 'space' | 'tab';

/** Which expansion key a keydown is, if any. Modified keys and IME composition never expand. */
export function shortcutTrigger(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  isComposing: boolean;
}): ShortcutTrigger | null {
  if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === ' ') return 'space';
  if (event.key === 'Tab' && !event.shiftKey) return 'tab';
  return null;
}

/**
 * A key that types a character (one code point, no Ctrl/⌘ shortcut; AltGr's characters included): typed
 * after asking for the picker, it is kept for the picker's search.
 */
export function typesCharacter(event: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean }) {
  return [...event.key].length === 1 && !event.metaKey && (!event.ctrlKey || event.altKey);
}

export interface ShortcutMatch {
  shortcut: string;
  /** UTF-16 offsets in the composer text of `;;shortcut`, the span the reply replaces. */
  start: number;
  end: number;
}

/**
 * The `;;shortcut` that ends exactly at the caret, if it names one of `shortcuts` (stored, lower-case forms).
 * `text` is the composer text, `caret` a collapsed caret offset in it.
 */
export function shortcutAtCaret(
  text: string,
  caret: number,
  shortcuts: ReadonlySet<string>,
): ShortcutMatch | null {
  const match = AT_CARET.exec(text.slice(0, caret));
  if (!match?.[1]) return null;
  const shortcut = match[1].toLowerCase();
  if (!shortcuts.has(shortcut)) return null;
  return { shortcut, start: match.index, end: caret };
}

/** Whether the text before the caret ends in `;;` + something that could be a shortcut. */
export function looksLikeShortcut(text: string, caret: number): boolean {
  return AT_CARET.test(text.slice(0, caret));
}

/**
 * What replaces `;;shortcut`: Space is kept after the reply, as in any text expander, so typing flows on;
 * Tab is used up by the expansion (it would otherwise move focus out of the composer).
 */
export function textForTrigger(text: string, trigger: ShortcutTrigger): string {
  return trigger === 'space' && !/\s$/.test(text) ? `${text} ` : text;
}
