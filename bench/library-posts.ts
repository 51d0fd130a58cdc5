import { DISCLOSURE_CORPUS } from '@/tests/unit/corpus/disclosure-drafts';

/**
 * Saved posts for the benchmarks, deterministic so every run measures the same library: words drawn with
 * Zipf-like frequencies (a few function words in most posts, most words in few), and one post in six built
 * around a labelled draft of the disclosure corpus (ads, codes, labels in six languages, organic look-alikes),
 * each with its own words around it so no two posts share a text.
 */
let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

const SYLLABLES = 'ka lo mi ne ru sa ti vo be da fe go hu ji ko la ma no pe qu ri se to va wi xo ya ze'.split(
  ' ',
);
const FUNCTION_WORDS = 'the and to of a in is for on with that this you it we our are at be'.split(' ');
const VOCABULARY = [
  ...FUNCTION_WORDS,
  ...Array.from({ length: 20_000 }, (_, i) => {
    let word = '';
    for (let n = i + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
    return word;
  }),
];
const word = () => VOCABULARY[Math.floor(VOCABULARY.length * random() ** 4)] as string;
const words = (count: number) => Array.from({ length: count }, word).join(' ');

export interface BenchPost {
  id: string;
  text: string;
  author: string;
  isAd: boolean;
}

export function libraryPosts(count: number): BenchPost[] {
  seed = 7;
  return Array.from({ length: count }, (_, i) => {
    const labelled = i % 6 === 0 ? DISCLOSURE_CORPUS[(i / 6) % DISCLOSURE_CORPUS.length] : undefined;
    const text = labelled
      ? `${labelled.text} ${words(3 + Math.floor(random() * 10))}`
      : `${words(12 + Math.floor(random() * 40))} #${word()} #${word()}`;
    return { id: `post-${i}`, text, author: `@author${i % 800}`, isAd: i % 97 === 0 };
  });
}
