import type { DraftContext } from '../context';
import type { RuleOf } from '../guidelines';
import type { MetricValues } from '../metric-formula';
import { READABILITY_METRICS } from '../readability-metrics';
import { ruleFinding } from '../rule-finding';
import { formatMessage } from '../text';
import { computeMetrics } from '../text-metrics';
import type { Finding } from '../types';

/** Below this many words the formulas swing wildly (a single long word gives grade 20), so say nothing. */
const MIN_WORDS = 25;

/** twine's grade formulas (summarize/readability.go), over Vale's counts (text-metrics.ts). */
const FORMULAS: Record<(typeof READABILITY_METRICS)[number], (s: MetricValues) => number> = {
  'Flesch-Kincaid': (s) => (0.39 * s.words) / s.sentences + (11.8 * s.syllables) / s.words - 15.59,
  'Gunning Fog': (s) => 0.4 * (s.words / s.sentences + 100 * (s.complex_words / s.words)),
  'Coleman-Liau': (s) =>
    0.0588 * (s.characters / s.words) * 100 - 0.296 * (s.sentences / s.words) * 100 - 15.8,
  SMOG: (s) => 1.043 * Math.sqrt((s.polysyllabic_words * 30) / s.sentences) + 3.1291,
  'Automated Readability': (s) => 4.71 * (s.characters / s.words) + 0.5 * (s.words / s.sentences) - 21.43,
};

/**
 * Vale `readability`: the average of the chosen grade-level formulas above `grade` is a finding about the
 * whole draft, `%s` the grade with two decimals (internal/check/readability.go). The formulas are English
 * ones, so other languages are left alone, and so are drafts under 25 words (Vale has no such floor).
 */
export function readability(draft: DraftContext, rule: RuleOf<'readability'>): Finding[] {
  if (draft.language !== 'en') return [];
  const s = draft.memo('metric-values', '', () => computeMetrics(draft.text));
  if (!s || s.words < MIN_WORDS) return [];
  const metrics: readonly (typeof READABILITY_METRICS)[number][] = rule.metrics ?? READABILITY_METRICS;
  let total = 0;
  for (const metric of metrics) total += FORMULAS[metric](s);
  const grade = total / metrics.length;
  if (grade <= rule.grade) return [];
  return [ruleFinding(rule, 0, 0, formatMessage(rule.message, grade.toFixed(2)))];
}
