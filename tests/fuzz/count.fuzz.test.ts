import { describe, expect, it } from 'vitest';
import { countDraft, PLATFORM_IDS } from '@/utils/checks';
import { type Random, seededRandom } from '../shared/seeded-random';

/**
 * countDraft runs on every keystroke, so no draft may make it slow. Seeded hostile drafts, on every platform:
 * long runs of the characters its URL, mention and emoji patterns and its grapheme walk react to, glued with
 * no spaces, each call timed. A counter linear in the draft counts 10,000 characters in well under a
 * millisecond to a few (the segmenter's share); a call counts as slow only if it is slow again when repeated. The scaling check catches what a budget could hide: four
 * times the draft may not take much more than four times as long.
 */
const PIECES = [
  '.',
  '..',
  '@',
  '@a',
  '@a.',
  '@user@',
  '#',
  '#a',
  '$A',
  'a.',
  'a-',
  'a@b.c',
  'http://',
  'https://a.co/',
  'www.a.com',
  'example.com',
  'a.com/',
  '?a=b&',
  '(',
  ')',
  ':',
  '/',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\uD83D',
  '\uDE00',
  '\r',
  '\n',
  '\r\n',
  '\u0301',
  '\u094D',
  'क',
  'कि',
  'नमस्ते',
  '\uFE0F',
  '\u20E3',
  '1',
  '🇩',
  '👨',
  '\u{1F3FD}',
  '\u{E0067}',
  'å',
  'grå.',
  '新',
  ' ',
];

/** A draft of about `length` characters: a few pieces, each repeated into a long run, runs glued together. */
function hostileDraft(random: Random, length: number): string {
  let text = '';
  while (text.length < length) {
    const run = Array.from({ length: 1 + random.int(3) }, () => random.pick(PIECES)).join('');
    text += run.repeat(1 + random.int(Math.max(1, Math.floor(length / 4 / run.length))));
  }
  return text.slice(0, length);
}

const LENGTH = 10_000;
const INPUTS_PER_PLATFORM = Math.max(10, Math.round(60 * Number(process.env.FUZZ_SCALE ?? 1)));
/**
 * What one count of 10,000 hostile characters may take: a tenth of a second would already be felt, a freeze
 * is seconds. X and Mastodon read such drafts with twitter-text's URL pattern in windows of 1,000 characters
 * and take up to about 300 ms on this machine (docs/fuzz.md); the rest stay under 50 ms.
 */
const BUDGET_MS = 500;

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** The fastest of a few runs: the machine's noise only ever adds time. */
const fastest = (run: () => void, times = 3) => Math.min(...Array.from({ length: times }, () => timed(run)));

describe('countDraft on hostile drafts', () => {
  it.each(PLATFORM_IDS)(
    '%s: every call within the budget, with a count and an overflow that make sense',
    (platform) => {
      const slow: string[] = [];
      let maxMs = 0;
      for (let seed = 1; seed <= INPUTS_PER_PLATFORM; seed++) {
        const text = hostileDraft(seededRandom(seed), LENGTH);
        let count: ReturnType<typeof countDraft> | undefined;
        let ms = timed(() => {
          count = countDraft(text, platform);
        });
        if (ms > BUDGET_MS) ms = fastest(() => countDraft(text, platform));
        maxMs = Math.max(maxMs, ms);
        if (ms > BUDGET_MS) slow.push(`seed ${seed}: ${ms.toFixed(0)} ms`);
        expect(Number.isFinite(count?.count)).toBe(true);
        expect(count?.count).toBeGreaterThanOrEqual(0);
        const overflowAt = count?.overflowAt ?? null;
        if (overflowAt !== null) {
          expect(overflowAt).toBeGreaterThanOrEqual(0);
          expect(overflowAt).toBeLessThanOrEqual(text.length);
        }
        expect((count?.count ?? 0) > (count?.limit ?? 0)).toBe(overflowAt !== null);
      }
      console.log(
        `count fuzz ${platform}: ${INPUTS_PER_PLATFORM} drafts of ${LENGTH} chars, slowest ${maxMs.toFixed(1)} ms`,
      );
      expect(slow).toEqual([]);
    },
    120_000,
  );

  it.each(PIECES.map((piece) => [JSON.stringify(piece), piece]))(
    'a run of %s: four times the draft takes at most about four times as long, on every platform',
    (_name, piece) => {
      const short = piece.repeat(Math.ceil(4_000 / piece.length));
      const long = piece.repeat(Math.ceil(16_000 / piece.length));
      const superlinear: string[] = [];
      for (const platform of PLATFORM_IDS) {
        countDraft(short, platform);
        // Below a few milliseconds the machine's noise decides the ratio, and nobody feels it.
        const ratio = () => {
          const shortMs = Math.max(
            fastest(() => countDraft(short, platform), 5),
            2,
          );
          const longMs = fastest(() => countDraft(long, platform), 5);
          return { shortMs, longMs, superlinear: longMs > 8 * shortMs };
        };
        // A burst of load on a shared machine can land on the long runs only; a counter that is really
        // superlinear is slow on every try, so only a ratio found three times running counts.
        const tries = [ratio()];
        while (tries.length < 3 && tries.every((t) => t.superlinear)) tries.push(ratio());
        if (tries.every((t) => t.superlinear))
          superlinear.push(
            `${platform}: ${tries.map((t) => `${t.shortMs.toFixed(1)} → ${t.longMs.toFixed(1)} ms`).join(', ')}`,
          );
      }
      expect(superlinear).toEqual([]);
    },
    60_000,
  );
});
