import type { Rule } from './guidelines';
import type { Finding } from './types';

/** A finding from a guideline rule carries that rule's id, severity and link. */
export function ruleFinding(
  rule: Rule,
  start: number,
  end: number,
  message: string,
  suggestions?: string[],
): Finding {
  return {
    ruleId: rule.id,
    category: 'voice',
    severity: rule.severity,
    start,
    end,
    message,
    ...(suggestions?.length ? { suggestions } : {}),
    ...(rule.link ? { source: rule.link } : {}),
  };
}

const alternations = new WeakMap<readonly string[], string>();

/**
 * Vale joins a rule's tokens into one alternation; so do we, so a 50-word list costs one scan. Kept per token
 * list so the same string object comes back on every keystroke.
 */
export function alternation(patterns: readonly string[]): string {
  let joined = alternations.get(patterns);
  if (joined === undefined) {
    joined = patterns.map((pattern) => `(?:${pattern})`).join('|');
    alternations.set(patterns, joined);
  }
  return joined;
}
