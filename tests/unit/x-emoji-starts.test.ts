import emojiPattern from 'twemoji-parser/dist/lib/regex';
import { describe, expect, it } from 'vitest';
import { EMOJI_CHARACTER } from '@/utils/checks/counting/x';

// counting/x.ts tries twemoji-parser's pattern only at EMOJI_CHARACTERs (Emoji, Emoji_Component, twemoji's U+E50A) (and a keycap
// base before one). This holds only if no match starts anywhere else: tried at every other code point, each
// followed by the characters that continue an emoji sequence.
describe("twemoji-parser's pattern", () => {
  it('starts no match at a code point that is not an EMOJI_CHARACTER', () => {
    const pattern = new RegExp(emojiPattern.source, 'y');
    const followers = [
      '',
      '\uFE0F',
      '\uFE0E',
      '\u20E3',
      '\uFE0F\u20E3',
      '\u200D\u{1F469}',
      '\u{1F3FB}',
      '\u{1F1EA}',
    ];
    const starts: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const char = String.fromCodePoint(codePoint);
      if (EMOJI_CHARACTER.test(char)) continue;
      for (const follower of followers) {
        pattern.lastIndex = 0;
        if (pattern.exec(char + follower)?.[0]) starts.push(codePoint.toString(16));
      }
    }
    expect(starts).toEqual([]);
  }, 60_000);
});
