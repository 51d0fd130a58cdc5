import { describe, expect, it } from 'vitest';
import {
  normalizeShortcut,
  shortcutAtCaret,
  shortcutTrigger,
  textForTrigger,
} from '@/utils/replies/shortcut';

const shortcuts = new Set(['thanks', 'refund-2', 'grüße']);
const key = (k: string, extra: Partial<Parameters<typeof shortcutTrigger>[0]> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  isComposing: false,
  ...extra,
});

describe('shortcutAtCaret', () => {
  it('finds ;;shortcut ending at the caret and gives the span it replaces', () => {
    expect(shortcutAtCaret('Hello ;;thanks', 14, shortcuts)).toEqual({
      shortcut: 'thanks',
      start: 6,
      end: 14,
    });
  });

  it('matches in the middle of a draft, at the caret only', () => {
    const text = 'Hi ;;thanks and more';
    expect(shortcutAtCaret(text, 11, shortcuts)).toEqual({ shortcut: 'thanks', start: 3, end: 11 });
    expect(shortcutAtCaret(text, text.length, shortcuts)).toBeNull();
  });

  it('ignores case, and takes digits, dashes and non-Latin letters', () => {
    expect(shortcutAtCaret(';;THANKS', 8, shortcuts)?.shortcut).toBe('thanks');
    expect(shortcutAtCaret('x ;;refund-2', 12, shortcuts)?.start).toBe(2);
    expect(shortcutAtCaret(';;grüße', 7, shortcuts)?.shortcut).toBe('grüße');
  });

  it('does not match an unknown shortcut, a single ;, a shortcut cut short, or a space after it', () => {
    expect(shortcutAtCaret(';;thank', 7, shortcuts)).toBeNull();
    expect(shortcutAtCaret(';thanks', 7, shortcuts)).toBeNull();
    expect(shortcutAtCaret(';;thanksx', 9, shortcuts)).toBeNull();
    expect(shortcutAtCaret(';;thanks ', 9, shortcuts)).toBeNull();
    expect(shortcutAtCaret('thanks', 6, shortcuts)).toBeNull();
  });

  it('only looks at the text before the caret (the word after it is the user’s)', () => {
    expect(shortcutAtCaret(';;thanksgiving', 8, shortcuts)).toEqual({ shortcut: 'thanks', start: 0, end: 8 });
  });
});

describe('shortcutTrigger and textForTrigger', () => {
  it('expands on plain Space and plain Tab only', () => {
    expect(shortcutTrigger(key(' '))).toBe('space');
    expect(shortcutTrigger(key('Tab'))).toBe('tab');
    expect(shortcutTrigger(key('Tab', { shiftKey: true }))).toBeNull();
    expect(shortcutTrigger(key(' ', { ctrlKey: true }))).toBeNull();
    expect(shortcutTrigger(key(' ', { isComposing: true }))).toBeNull();
    expect(shortcutTrigger(key('Enter'))).toBeNull();
    expect(shortcutTrigger(key('a'))).toBeNull();
  });

  it('keeps the typed space after the reply, but Tab adds nothing', () => {
    expect(textForTrigger('Thanks!', 'space')).toBe('Thanks! ');
    expect(textForTrigger('Thanks!', 'tab')).toBe('Thanks!');
    expect(textForTrigger('Line\n', 'space')).toBe('Line\n');
  });
});

describe('normalizeShortcut', () => {
  it('stores what the user typed in one form, and refuses what cannot be typed after ;;', () => {
    expect(normalizeShortcut(' ;;Thanks ')).toBe('thanks');
    expect(normalizeShortcut('refund-2')).toBe('refund-2');
    expect(normalizeShortcut('two words')).toBeNull();
    expect(normalizeShortcut(';;')).toBeNull();
    expect(normalizeShortcut('a'.repeat(41))).toBeNull();
  });
});
