/**
 * Deterministic text for the benchmarks, so every run measures the same library: a 20,000-word vocabulary
 * drawn with Zipf-like frequencies, as in real text (a few function words in most posts, most words in few).
 */
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
/** Words of four letters or more, most frequent first. */
export const CONTENT_WORDS = VOCABULARY.slice(FUNCTION_WORDS.length).filter((w) => w.length >= 4);

/** A seeded random source with a Zipf-like word picker; `reset` starts the same sequence again. */
export function seededText(seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const word = () => VOCABULARY[Math.floor(VOCABULARY.length * random() ** 4)] as string;
  return {
    random,
    word,
    words: (count: number) => Array.from({ length: count }, word).join(' '),
    reset: () => {
      state = seed;
    },
  };
}
