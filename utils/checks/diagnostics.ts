import type { Rule } from './guidelines';
import { type Finding, worded } from './types';

/**
 * What went wrong inside checks, kept where the page must not break but nothing may be hidden: a check that
 * throws costs only its own findings, and is counted here so Settings can show it and tests fail on it.
 */
export interface CheckFailure {
  /** Built-in checks and a brand's guideline rules have separate ids: a rule may be called like a check. */
  origin: 'built-in' | 'guideline';
  /** The built-in check or guideline rule that failed. */
  ruleId: string;
  /** The first error's message. */
  message: string;
  count: number;
}

const failures = new Map<string, CheckFailure>();

export function recordCheckFailure(origin: CheckFailure['origin'], ruleId: string, error: unknown): void {
  const key = `${origin}:${ruleId}`;
  const known = failures.get(key);
  if (known) known.count += 1;
  else {
    const message = error instanceof Error ? error.message : String(error);
    failures.set(key, { origin, ruleId, message: message.slice(0, 300), count: 1 });
  }
}

/** The failures since the page (or the dashboard, or a test) started, most frequent first. */
export function checkFailures(): CheckFailure[] {
  return [...failures.values()].map((failure) => ({ ...failure })).sort((a, b) => b.count - a.count);
}

export function clearCheckFailures(): void {
  failures.clear();
}

/** The failures since the last call, which then start again from none: what a page reports to Settings. */
export function takeCheckFailures(): CheckFailure[] {
  const taken = checkFailures();
  failures.clear();
  return taken;
}

/**
 * A guideline rule may take this long on one draft. Past it twice in a row the rule is abandoned for the
 * guidelines it belongs to: the writer keeps typing in a page that does not freeze, the other findings still show, and the
 * rule reports itself instead of its findings. The static analysis (pattern-safety.ts) refuses patterns that
 * backtrack exponentially; this catches what a static analysis cannot promise, such as a polynomial pattern on
 * a very long draft.
 */
export const RULE_TIME_BUDGET_MS = 250;

const abandoned = new WeakMap<Rule, number>();
const ranOnce = new WeakSet<Rule>();

/** A rule's first run also compiles its expressions: a 600-word list with `ignorecase` takes ~300 ms once. */
export const FIRST_RUN_TIME_BUDGET_MS = 2_000;

/** Runs in a row over budget, per rule; a run within budget starts again from none. */
const slowRuns = new WeakMap<Rule, number>();

/**
 * Whether a rule is to be abandoned: its run took too long for its budget (the first run of a rule has the
 * larger one) twice in a row. One slow run alone can be the machine's doing (another process had the CPU, a
 * garbage collection): abandoning on that would drop a good rule, and the same draft would be checked
 * differently on a busy machine. A rule that is slow by itself is slow again on the next check.
 */
export function overBudget(rule: Rule, elapsedMs: number): boolean {
  const first = !ranOnce.has(rule);
  ranOnce.add(rule);
  if (elapsedMs <= (first ? FIRST_RUN_TIME_BUDGET_MS : RULE_TIME_BUDGET_MS)) {
    slowRuns.delete(rule);
    return false;
  }
  const inARow = (slowRuns.get(rule) ?? 0) + 1;
  slowRuns.set(rule, inARow);
  return inARow >= 2;
}

export function abandonRule(rule: Rule, elapsedMs: number): void {
  abandoned.set(rule, Math.round(elapsedMs));
}

export function abandonedFinding(rule: Rule): Finding | null {
  const elapsed = abandoned.get(rule);
  if (elapsed === undefined) return null;
  return {
    ruleId: rule.id,
    category: 'voice',
    severity: 'info',
    start: 0,
    end: 0,
    message: `The rule "${rule.id}" was stopped after it took ${elapsed} ms on one draft (a rule may take ${RULE_TIME_BUDGET_MS} ms); simplify its patterns and save it again to use it.`,
    wording: worded('findingRuleStopped', rule.id, elapsed, RULE_TIME_BUDGET_MS),
  };
}
