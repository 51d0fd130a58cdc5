import { describe, expect, it } from 'vitest';
import { checkDraft, countDraft, defaultGuidelines, PLATFORM_IDS } from '@/utils/checks';

/**
 * 100,000 characters of the shapes that make pattern engines backtrack, on every platform: no single check
 * may take the page for longer than the fuzz suite's 2 s bound. `a.a.a…@b-b-…` took twitter-text's URL
 * extraction about 15 s on x.com (48 s for `a.` alone on this machine) before X was counted in pieces.
 */
const N = 100_000;
const SHAPES: [string, string][] = [
  ['a.a.a…@b-b-…', `${'a.'.repeat(N / 4)}@${'b-'.repeat(N / 4)}`],
  ['a.a.a…', 'a.'.repeat(N / 2)],
  ['emoji with skin tones', '👍🏽'.repeat(N / 4)],
  ['ZWJ families', '👨‍👩‍👧'.repeat(N / 8)],
  ['# runs', '#'.repeat(N)],
  ['#a#a…', '#a'.repeat(N / 2)],
  ['@ runs', '@'.repeat(N)],
  ['@a@a…', '@a'.repeat(N / 2)],
  ['URLs glued together', 'https://a.co/'.repeat(N / 13)],
  ['URLs apart', 'https://example.com/x '.repeat(N / 22)],
  ['bare domains', 'x.com '.repeat(N / 6)],
  ['u/ runs', 'u/'.repeat(N / 2)],
  ['a-a-…', 'a-'.repeat(N / 2)],
  ['digits and dots', '1.2.'.repeat(N / 4)],
];
const BOUND_MS = 2_000;

describe('no check freezes the page on 100,000 characters', () => {
  it.each(SHAPES)(
    '%s',
    (_name, text) => {
      for (const platform of PLATFORM_IDS) {
        const started = performance.now();
        countDraft(text, platform);
        checkDraft(text, {
          platform,
          guidelines: defaultGuidelines,
          jurisdictions: ['US', 'UK', 'DE', 'FR', 'IN'],
        });
        const ms = performance.now() - started;
        expect({ platform, slow: ms > BOUND_MS }).toEqual({ platform, slow: false });
      }
    },
    60_000,
  );
});
