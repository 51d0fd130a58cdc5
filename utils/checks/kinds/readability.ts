import type { DraftContext } from '../context';
import type { RuleOf } from '../guidelines';
import { READABILITY_METRICS } from '../readability-metrics';
import { ruleFinding } from '../rule-finding';
import { formatMessage, isInsideEntity } from '../text';
import type { Finding } from '../types';

/** Below this many words the formulas swing wildly (a single long word gives grade 20), so say nothing. */
const MIN_WORDS = 25;

const VOWELS = new Set('aeiouyAEIOUY');

/** English syllables by vowel groups, the usual approximation (a silent final e does not count). */
function syllables(word: string): number {
  let groups = 0;
  let inGroup = false;
  for (const char of word) {
    const vowel = VOWELS.has(char);
    if (vowel && !inGroup) groups += 1;
    inGroup = vowel;
  }
  const last = word[word.length - 1];
  if ((last === 'e' || last === 'E') && groups > 1 && !VOWELS.has(word[word.length - 2] ?? '')) groups -= 1;
  return Math.max(1, groups);
}

interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
  letters: number;
  complex: number;
}

function stats(draft: DraftContext): TextStats {
  const result: TextStats = { words: 0, sentences: 0, syllables: 0, letters: 0, complex: 0 };
  for (const { start, end } of draft.wordIndex.words) {
    if (isInsideEntity(draft.entities, start, end)) continue;
    const word = draft.text.slice(start, end);
    const count = syllables(word);
    result.words += 1;
    result.letters += word.length;
    result.syllables += count;
    if (count >= 3) result.complex += 1;
  }
  result.sentences = Math.max(1, draft.text.match(/[.!?…]+(?=\s|$)|\n\s*\n/g)?.length ?? 0);
  return result;
}

const FORMULAS: Record<(typeof READABILITY_METRICS)[number], (s: TextStats) => number> = {
  'Flesch-Kincaid': (s) => 0.39 * (s.words / s.sentences) + 11.8 * (s.syllables / s.words) - 15.59,
  'Gunning Fog': (s) => 0.4 * (s.words / s.sentences + (100 * s.complex) / s.words),
  'Coleman-Liau': (s) =>
    0.0588 * ((100 * s.letters) / s.words) - 0.296 * ((100 * s.sentences) / s.words) - 15.8,
  SMOG: (s) => 1.043 * Math.sqrt((s.complex * 30) / s.sentences) + 3.1291,
  'Automated Readability': (s) => 4.71 * (s.letters / s.words) + 0.5 * (s.words / s.sentences) - 21.43,
};

/**
 * Vale `readability`: the average of the chosen grade-level formulas above `grade` is a finding about the
 * whole draft. The formulas are English ones, so other languages are left alone.
 */
export function readability(draft: DraftContext, rule: RuleOf<'readability'>): Finding[] {
  if (draft.language !== 'en') return [];
  const s = stats(draft);
  if (s.words < MIN_WORDS) return [];
  const metrics: readonly (typeof READABILITY_METRICS)[number][] = rule.metrics ?? READABILITY_METRICS;
  let total = 0;
  for (const metric of metrics) total += FORMULAS[metric](s);
  const grade = total / metrics.length;
  if (grade <= rule.grade) return [];
  return [ruleFinding(rule, 0, 0, formatMessage(rule.message, grade.toFixed(1)))];
}
