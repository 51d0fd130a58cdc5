import { DISCLOSURE_CORPUS } from '@/tests/unit/corpus/disclosure-drafts';
import { seededText } from './seeded-text';

/**
 * Saved posts for the benchmarks and the tests that sweep a library, deterministic so every run measures the same library: seeded Zipf-like
 * text (seeded-text.ts), and one post in six built around a labelled draft of the disclosure corpus
 * (ads, codes, labels in six languages, organic look-alikes), each with its own words around it so no two
 * posts share a text.
 */
const { random, word, words, reset } = seededText(7);

export interface BenchPost {
  id: string;
  text: string;
  author: string;
  isAd: boolean;
}

export function libraryPosts(count: number): BenchPost[] {
  reset();
  return Array.from({ length: count }, (_, i) => {
    const labelled = i % 6 === 0 ? DISCLOSURE_CORPUS[(i / 6) % DISCLOSURE_CORPUS.length] : undefined;
    const text = labelled
      ? `${labelled.text} ${words(3 + Math.floor(random() * 10))}`
      : `${words(12 + Math.floor(random() * 40))} #${word()} #${word()}`;
    return { id: `post-${i}`, text, author: `@author${i % 800}`, isAd: i % 97 === 0 };
  });
}
