import { describe, expect, it } from 'vitest';
import { DraftContext } from '@/utils/checks/context';
import { findWords } from '@/utils/checks/disclosure';
import { findAll } from '@/utils/checks/find';
import { matchStarts } from '@/utils/checks/match-starts';
import { COMMERCIAL_SIGNALS } from '@/utils/checks/packs/commercial-signals';
import { DISCLOSURE_TERMS } from '@/utils/checks/packs/disclosure-terms';

/** Every pattern the disclosure analysis searches with findWords, in both forms it uses. */
const SOURCES = [
  ...DISCLOSURE_TERMS.flatMap((term) => [`#(?:${term.words})`, `(?:${term.words})`]),
  ...COMMERCIAL_SIGNALS.flatMap((signal) => ('words' in signal ? [signal.words] : [])),
];

/** Pieces of posts that hit, nearly hit or trip up the patterns: cases, hashtags, links, handles, scripts. */
const PIECES = [
  'Ad',
  'ad:',
  '#ad',
  '#Ad',
  '＃ad',
  'ADS',
  'advert',
  'Paid ad',
  'paid advertisement',
  'I saw an ad',
  'not sponsored',
  'NOT SPONSORED',
  'ſponsored',
  'spoNſored by Acme',
  'Sponsored by @acme',
  'sponsoredpost',
  'Thanks to Acme brand for the free product',
  'thank you @acme for sending',
  'THANKS @glow.co',
  'Brand X gave me this to try',
  'sent me an early copy of Starfall for free to review',
  'Gifted by my mum',
  'gifted by @acme',
  'Supported by Acme',
  'Massive thanks to Acme for making this video possible',
  'I am an Acme employee',
  'To nie jest reklama',
  'código postal',
  'Acme sent me these new shoes to review',
  'I work at Acme',
  "I'm an employee at Acme",
  '#AcmeEmployee',
  '#AcmePartner',
  '#XYZContest',
  'I get commissions for purchases made through links in this post',
  'we may earn a small commission',
  'my sister owns Acme',
  'keine Werbung',
  'Werbung',
  'Bezahlte Werbepartnerschaft mit @acme',
  'Werbelink',
  'Publicité',
  'collaboration commerciale',
  'Pubblicità',
  'Publicidad',
  'Reklama',
  'materiał sponsorowany',
  'विज्ञापन',
  'मेरा कूपन कोड',
  'use my code RUN15',
  'z kodem BIEG15',
  'mera code RUN15',
  'code:',
  'link in bio',
  'shop now',
  '20% off',
  'https://acme.com/ad?ref=paid',
  'acme.com/sponsored',
  'www.ad.com',
  '@ad',
  '@sponsored',
  'u/ad',
  'İstanbul',
  'Kelvin',
  '😀',
  '“Ad”',
  '(Ad)',
  'Ad |',
  '\n',
  ',',
  '.',
  'é',
];

/** A fixed pseudo-random sequence, so a failure names a draft that can be run again. */
function pseudoRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const DRAFTS = 200;

describe('findWords looks only where a match can start', () => {
  it('finds exactly what findAll finds, for every disclosure pattern on 200 generated drafts', () => {
    const random = pseudoRandom(7);
    let compared = 0;
    let found = 0;
    for (let n = 0; n < DRAFTS; n++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(random() * 30);
      for (let i = 0; i < count; i++) parts.push(PIECES[Math.floor(random() * PIECES.length)] as string);
      const text = parts.join(random() < 0.5 ? ' ' : ' . ');
      const fast = new DraftContext(text, { platform: 'instagram' });
      const reference = new DraftContext(text, { platform: 'instagram' });
      for (const source of SOURCES) {
        const expected = findAll(reference, source, { ignorecase: true, wordBounded: true }).map(
          ({ start, end }) => [start, end],
        );
        expect(
          findWords(fast, source).map(({ start, end }) => [start, end]),
          `${source} on ${JSON.stringify(text)}`,
        ).toEqual(expected);
        compared += 1;
        found += expected.length;
      }
    }
    // The drafts do hit the patterns: a comparison of empty results would prove nothing.
    expect(compared).toBe(DRAFTS * SOURCES.length);
    expect(found).toBeGreaterThan(1000);
    // Thousands of expressions run twice: on a loaded machine this takes longer than vitest's default 5 s.
  }, 30_000);

  it('reads the literal start of every match from a pattern', () => {
    const starts = (source: string) => {
      const found = matchStarts(source);
      return found ? [...found.byFirst.values()].flat().sort() : null;
    };
    expect(starts('(?:paid|sponsored) (?:me|us)')).toEqual([
      'paid me',
      'paid us',
      'sponsored me',
      'sponsored us',
    ]);
    // An optional part ends the start before it; a repeated one after its first time.
    expect(starts('thanks?(?: you)? for')).toEqual(['thank']);
    expect(starts('(?:an? )?ad')).toBeNull();
    expect(starts('go+al')).toEqual(['go']);
    // A start that another one begins with is all that is needed.
    expect(starts('paid|paid ad|paid advertisement')).toEqual(['paid']);
    // Escaped punctuation is literal; a class or a Unicode property is not.
    expect(starts('c\\/o @|courtesy')).toEqual(['c/o @', 'courtesy']);
    expect(starts('[\\p{L}]+partner')).toBeNull();
    expect(starts('#[\\p{L}\\p{N}_]+partner')).toEqual(['#']);
    // Letters whose case folds across the Latin rules (ſ, ı) end the start.
    expect(starts('ſome|ıt')).toBeNull();
  });
});
