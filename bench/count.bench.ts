// Counting a 3,000-character draft the way each platform counts it (countDraft: what the badge runs on every
// keystroke). Peers in the same run: Intl.Segmenter over every grapheme, the naive way to count Bluesky,
// Threads and Mastodon, and twitter-text's parseTweet alone, the reference X counter.
import parseTweet from 'twitter-text/dist/esm/parseTweet';
import { bench, describe } from 'vitest';
import { countDraft } from '@/utils/checks';
import { PLATFORM_IDS } from '@/utils/checks/types';
import { draftOf } from './drafts';

const DRAFT = draftOf(3000);
// The same length in scripts where every character goes through the segmenter.
const NON_LATIN = '新品今日発売。🧥 Новая куртка уже в продаже! 👨‍👩‍👧 '.repeat(80).slice(0, 3000);
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

describe('count a 3,000-character draft', () => {
  for (const platform of PLATFORM_IDS) {
    bench(`countDraft ${platform}`, () => {
      countDraft(DRAFT, platform);
    });
  }
  bench('countDraft every platform', () => {
    for (const platform of PLATFORM_IDS) countDraft(DRAFT, platform);
  });
  bench('peer: Intl.Segmenter over every grapheme', () => {
    let count = 0;
    for (const _segment of segmenter.segment(DRAFT)) count += 1;
    // Reading the count keeps the loop from being optimised away.
    if (count === 0) throw new Error('The draft is empty.');
  });
  bench('peer: twitter-text parseTweet', () => {
    parseTweet(DRAFT);
  });
});

describe('count a 3,000-character non-Latin draft (CJK, Cyrillic, emoji)', () => {
  for (const platform of PLATFORM_IDS) {
    bench(`countDraft ${platform} (non-Latin)`, () => {
      countDraft(NON_LATIN, platform);
    });
  }
});
