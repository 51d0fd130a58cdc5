import { describe, expect, it } from 'vitest';
import { countDraft } from '@/utils/checks';

/**
 * atproto's own length tests (MIT / Apache-2.0, © Bluesky Social PBC and contributors; see README.md): the
 * grapheme and UTF-8 lengths Bluesky's record limits (300 graphemes, 3,000 bytes) are measured in.
 */

// packages/lex/lex-data/src/utf8-grapheme-len.test.ts and utf8-len.test.ts
const LEX_DATA: [text: string, graphemes: number, bytes: number][] = [
  ['a', 1, 1],
  ['~', 1, 1],
  ['ö', 1, 2],
  ['ñ', 1, 2],
  ['©', 1, 2],
  ['⽘', 1, 3],
  ['☎', 1, 3],
  ['𓋓', 1, 4],
  ['😀', 1, 4],
  ['👨‍👩‍👧‍👧', 1, 25],
];

describe('atproto lex-data graphemeLen and utf8Len', () => {
  it.each(LEX_DATA)('%s: %i grapheme(s), %i byte(s)', (text, graphemes, bytes) => {
    expect(countDraft(text, 'bluesky')).toMatchObject({ count: graphemes, bytes });
  });

  it('a~öñ©⽘☎𓋓😀👨‍👩‍👧‍👧 is 10 graphemes', () => {
    expect(countDraft('a~öñ©⽘☎𓋓😀👨‍👩‍👧‍👧', 'bluesky').count).toBe(10);
  });

  it('नमस्ते is 3 graphemes (atproto issue 4321: Indic conjuncts)', () => {
    expect(countDraft('नमस्ते', 'bluesky').count).toBe(3);
  });

  it.each([
    ['high surrogate with no low surrogate', '\uD83D'],
    ['low surrogate with no high surrogate', '\uDC00'],
  ])('%s is 3 bytes (sent as U+FFFD)', (_name, text) => {
    expect(countDraft(text, 'bluesky').bytes).toBe(3);
  });
});

// packages/api/tests/rich-text.test.ts, "calculates bytelength and grapheme length correctly"
describe('atproto RichText length and graphemeLength', () => {
  it.each([
    ['Hello!', 6, 6],
    ['👨‍👩‍👧‍👧', 25, 1],
    ['👨‍👩‍👧‍👧🔥 good!✅', 38, 9],
  ])('%s: %i bytes, %i graphemes', (text, bytes, graphemes) => {
    expect(countDraft(text, 'bluesky')).toMatchObject({ count: graphemes, bytes });
  });
});
