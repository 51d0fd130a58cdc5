import type { DraftContext } from '../context';
import type { RuleOf } from '../guidelines';
import { compileCondition, compileFormula, type MetricValues } from '../metric-formula';
import { ruleFinding } from '../rule-finding';
import { formatMessage } from '../text';
import { computeMetrics } from '../text-metrics';
import type { Finding } from '../types';

type Rule = RuleOf<'metric'>;
type Metric = {
  formula: (values: MetricValues) => number;
  holds: (result: number, values: MetricValues) => boolean;
};

const compiled = new WeakMap<Rule, Metric>();

function compile(rule: Rule): Metric {
  const formula = compileFormula(rule.formula);
  const condition = compileCondition(rule.condition);
  // The schema refuses both before a rule gets here; a rule that bypassed it fails loudly (and is counted).
  if (!formula.ok) throw new Error(`formula ${formula.reason.key}`);
  if (!condition.ok) throw new Error(`condition ${condition.reason.key}`);
  return { formula: formula.value, holds: condition.value };
}

/**
 * Vale `metric`: `formula` over the post's counts (words, sentences, syllables…); when `result condition`
 * holds, one finding about the whole post, `%s` being the result with two decimals
 * (internal/check/metric.go). A post without words gives none, as an empty file does in Vale.
 */
export function metric(draft: DraftContext, rule: Rule): Finding[] {
  let compiledRule = compiled.get(rule);
  if (!compiledRule) {
    compiledRule = compile(rule);
    compiled.set(rule, compiledRule);
  }
  const values = draft.memo('metric-values', '', () => computeMetrics(draft.text));
  if (!values) return [];
  const result = compiledRule.formula(values);
  if (!compiledRule.holds(result, values)) return [];
  return [ruleFinding(rule, 0, 0, formatMessage(rule.message, result.toFixed(2)))];
}
