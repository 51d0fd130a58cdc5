import type { DraftContext } from '../context';
import { findAll, valeFindOptions, withinSentence } from '../find';
import type { RuleOf } from '../guidelines';
import { ruleFinding } from '../rule-finding';
import { formatMessage } from '../text';
import type { Finding } from '../types';
import { capFirst, type Exceptions, exceptionsOf, valeList, withinBlock } from '../vale';

/** A plain `(` that opens a capture group (not `\(`, not `(?…`). */
const CAPTURE_OPEN = /(?<!\\)\((?!\?)/g;
/** A named group: it would also shift the group numbers Vale's alternation relies on. */
const NAMED_OPEN = /(?<!\\)\(\?<(?![=!])[A-Za-z_$][\w$]*>/g;
/** `$1` in a replacement refers to the key's own groups (Vale's `subMsg`). */
const BACKREFERENCE = /\$\d/;

interface CompiledSwap {
  /** Keys longest first, as Vale sorts them, each with its replacement. */
  keys: readonly { key: string; pattern: RegExp; replacement: string }[];
  /** `(key1)|(key2)|…`: the capture group that matched names the key. */
  source: string;
  exceptions: Exceptions;
}

const compiledSwaps = new WeakMap<object, CompiledSwap>();

/**
 * Compiled once per rule object: the rule objects of a brand's guidelines are never mutated, so the same
 * object always compiles to the same immutable swap table, and no RegExp with state is shared between checks.
 */
function compile(rule: RuleOf<'substitution'>): CompiledSwap {
  let compiled = compiledSwaps.get(rule);
  if (compiled) return compiled;
  const flags = rule.ignorecase ? 'iu' : 'u';
  // Vale sorts the keys by length, longest first, so `detox center` wins over `detox` at the same place
  // (https://github.com/errata-ai/vale/blob/bb78a3211355f1b93283fa646b543196c0a8b9e8/internal/check/substitution.go#L62-L64).
  const keys = Object.entries(rule.swap)
    .map(([key, replacement], order) => ({
      key: key.replace(NAMED_OPEN, '(?:').replace(CAPTURE_OPEN, '(?:'),
      original: key,
      replacement,
      order,
    }))
    .sort((a, b) => b.original.length - a.original.length || a.order - b.order)
    .map(({ key, original, replacement }) => {
      let pattern: RegExp;
      try {
        pattern = new RegExp(original, flags);
      } catch {
        pattern = new RegExp(key, flags);
      }
      return { key, pattern, replacement };
    });
  compiled = Object.freeze({
    keys: Object.freeze(keys),
    source: keys.map(({ key }) => `(${key})`).join('|'),
    exceptions: exceptionsOf(rule.exceptions),
  });
  compiledSwaps.set(rule, compiled);
  return compiled;
}

/** Vale's `matchToken`: the observed text already is the expected form (a phrase compares literally). */
function alreadyExpected(expected: string, observed: string): boolean {
  if (/^[\p{L}\p{N} -]*$/u.test(expected)) return expected === observed;
  try {
    return new RegExp(`^(?:${expected})$`, 'u').test(observed);
  } catch {
    return expected === observed;
  }
}

/**
 * Vale `substitution`: each `swap` key found is replaced by its value (`a|b` offers both). A match that is
 * already the expected form (`iPhone` under an ignorecase `iphone: iPhone`) or that an exception covers is
 * not flagged. The message gets the expected text, then the observed text, for its `%s`.
 */
export function substitution(draft: DraftContext, rule: RuleOf<'substitution'>): Finding[] {
  const { keys, source, exceptions } = compile(rule);
  const findings: Finding[] = [];
  const options = valeFindOptions(rule);
  const matches = findAll(draft, source, options);
  for (const found of matches) {
    const match = withinBlock(withinSentence(draft, source, options, found));
    const entry = keys[(match.group ?? 0) - 1];
    if (!entry) continue;
    // Vale compares and reports `strings.TrimSpace(match)` as the observed text, while the alert stays where
    // the match starts (internal/check/substitution.go, `observed` vs `loc`).
    const observed = match.text.trim();
    const capitalized = rule.capitalize === true && observed === capFirst(observed);
    let expected = capitalized ? capFirst(entry.replacement) : entry.replacement;
    if (BACKREFERENCE.test(expected)) expected = observed.replace(entry.pattern, expected);
    if (alreadyExpected(expected, observed) || exceptions.covers(observed)) continue;
    const suggestions = expected.split('|').filter(Boolean);
    // Vale lists the replacements itself only for `action: replace` without its own params.
    const listed = rule.action?.name === 'replace' && !rule.action.params?.length;
    const shown = listed ? valeList(suggestions) : expected;
    const message = listed ? unquoteFirst(rule.message) : rule.message;
    findings.push(
      ruleFinding(rule, match.start, match.end, formatMessage(message, shown, observed), suggestions),
    );
  }
  return findings;
}

/**
 * With `action: replace` Vale quotes each suggestion itself, so a message written as `Use '%s' instead of
 * '%s'` loses the quotes around its first placeholder (Vale's `convertMessage`).
 */
function unquoteFirst(message: string): string {
  for (const quoted of ["'%s'", '"%s"']) {
    if (message.split(quoted).length - 1 === 2) return message.replace(quoted, '%s');
  }
  return message;
}
