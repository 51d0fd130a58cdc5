import { draftBlocks } from '../blocks';
import { type CaseOptions, goTitle, sentenceConverter, titleConverter } from '../case-style';
import type { DraftContext } from '../context';
import type { RuleOf } from '../guidelines';
import { ruleFinding } from '../rule-finding';
import { formatMessage } from '../text';
import type { Finding } from '../types';

type Rule = RuleOf<'capitalization'>;

/** Whether a block is written in the rule's case, and the block as it should be written. */
type CaseCheck = (block: string) => { expected: string; ok: boolean };

const BOUNDED = (body: string) => `(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`;
const WORD = '[\\p{N}\\p{L}*]+[^\\s]*';

function tryRegExp(source: string, flags: string): RegExp | null {
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}

/**
 * Vale's `exceptions` as one expression, longest first, each case-sensitive unless written `(?i)…`
 * (definition.go `updateExceptions`); JavaScript has no inline flag, so a `(?i)` term is folded by hand.
 */
function exceptionSource(exceptions: readonly string[]): string {
  return [...exceptions]
    .sort((a, b) => b.length - a.length)
    .map((term) =>
      term.startsWith('(?i)')
        ? term.slice(4).replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)
        : term,
    )
    .join('|');
}

/** Vale's `title` and `sentence` (variables.go): the share of words already as expected decides. */
function compareWords(
  block: string,
  expected: string,
  tokenizer: RegExp,
  except: RegExp | null,
  threshold: number,
  sentence: boolean,
): boolean {
  const expectedTokens = expected.match(tokenizer) ?? [];
  let count = 0;
  let words = 0;
  for (const [i, word] of (block.match(tokenizer) ?? []).entries()) {
    if (i >= expectedTokens.length || word === expectedTokens[i] || (except?.test(word) ?? false)) count += 1;
    else if (!sentence && word === word.toUpperCase()) count += 1;
    else if (sentence && i === 0 && word !== goTitle(word.toLowerCase())) return false;
    words += 1;
  }
  return count / words >= threshold;
}

function compile(rule: Rule): CaseCheck {
  const exceptions = rule.exceptions ?? [];
  const except = exceptions.length ? tryRegExp(BOUNDED(exceptionSource(exceptions)), 'u') : null;
  const threshold = rule.threshold ?? 0.8;
  if (rule.match === '$lower' || rule.match === '$upper') {
    const convert = rule.match === '$lower' ? (s: string) => s.toLowerCase() : (s: string) => s.toUpperCase();
    return (block) => {
      const expected = convert(block);
      return { expected, ok: block === expected || (except?.test(block) ?? false) };
    };
  }
  if (rule.match === '$title' || rule.match === '$sentence') {
    const vocab = [...exceptions].sort((a, b) => b.length - a.length);
    const options: CaseOptions = {
      vocab,
      indicators: rule.indicators ?? [],
      style: rule.style ?? 'AP',
      ...(rule.prefix ? { prefix: new RegExp(rule.prefix, 'u') } : {}),
    };
    const checkTokens = new RegExp(except ? `${except.source}|${WORD}` : WORD, 'gu');
    const sentence = rule.match === '$sentence';
    const convert = sentence ? sentenceConverter(options) : titleConverter(options);
    return (block) => {
      const expected = convert(block);
      return { expected, ok: compareWords(block, expected, checkTokens, except, threshold, sentence) };
    };
  }
  const pattern = new RegExp(rule.match, rule.ignorecase ? 'iu' : 'u');
  return (block) => ({ expected: rule.match, ok: pattern.test(block) || (except?.test(block) ?? false) });
}

const compiled = new WeakMap<Rule, CaseCheck>();

/**
 * Vale `capitalization`: each block (Vale's scope; here a paragraph or a sentence of the post) must be in the
 * case `match` names, `$title`, `$sentence`, `$lower`, `$upper`, or match the expression `match`. A block that
 * is not is one finding over the whole block; `%s` is the block, then what was expected
 * (internal/check/capitalization.go).
 */
export function capitalization(draft: DraftContext, rule: Rule): Finding[] {
  let check = compiled.get(rule);
  if (!check) {
    check = compile(rule);
    compiled.set(rule, check);
  }
  const findings: Finding[] = [];
  for (const { start, end } of draftBlocks(draft, rule.scope)) {
    const block = draft.text.slice(start, end);
    const { expected, ok } = check(block);
    if (!ok) {
      const suggestions = rule.match === '$title' || rule.match === '$sentence' ? [expected] : undefined;
      findings.push(ruleFinding(rule, start, end, formatMessage(rule.message, block, expected), suggestions));
    }
  }
  return findings;
}
