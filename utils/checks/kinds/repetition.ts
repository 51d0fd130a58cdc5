import type { DraftContext } from '../context';
import { findAll, type Match } from '../find';
import type { RuleOf } from '../guidelines';
import { alternation, ruleFinding } from '../rule-finding';
import { compilePattern, formatMessage, isInsideEntity } from '../text';
import type { Finding } from '../types';

const ONLY_SPACES = /^[^\S\n]+$/;
const ALPHABETIC = /^[\p{L}\p{M}'’]+$/u;
/** Tokens like `[\p{L}]+` or `\w+` only ever match inside words. */
const WORD_CLASS_TOKEN = /^\[(?:\\p\{[LMN]\}|\\w|\\d|'|’|_)+\]\+$|^\\w\+$/u;

/**
 * For word-class tokens, a repetition needs two neighbouring words, separated by spaces only, where one
 * contains the other at the joint ("the the", "ab ab1"). The word index finds those few places; the token is
 * matched only there, instead of listing every word of a long draft.
 */
function wordClassMatches(draft: DraftContext, source: string, ignorecase: boolean): Match[] {
  const { text, lower } = draft;
  const { words } = draft.wordIndex;
  const regex = compilePattern(source, ignorecase, false);
  if (!regex) return [];
  const matches: Match[] = [];
  const folded = lower.length === text.length ? lower : text.toLowerCase();
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1];
    const b = words[i];
    if (!a || !b) continue;
    const gap = b.start - a.end;
    if (!(gap === 1 && text.charCodeAt(a.end) === 32) && !ONLY_SPACES.test(text.slice(a.end, b.start)))
      continue;
    // The repeated token ends the first word and starts the second (usually both are the whole word); the
    // first characters of the second word must appear at the end of the first.
    if (!sharesJoint(folded, a, b)) continue;
    regex.lastIndex = a.start;
    for (let match = regex.exec(text); match !== null && match.index < b.end; match = regex.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0].length === 0) regex.lastIndex += 1;
      else if (!isInsideEntity(draft.entities, start, end)) matches.push({ start, end, text: match[0] });
    }
  }
  return matches;
}

function sharesJoint(
  lower: string,
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  const length = Math.min(a.end - a.start, b.end - b.start);
  // The shorter one must be a prefix of the second word and a suffix of the first.
  for (let k = 0; k < length; k++) {
    if (lower.charCodeAt(a.end - length + k) !== lower.charCodeAt(b.start + k)) return false;
  }
  return true;
}

/** Vale `repetition`: the same token twice in a row ("the the"); the suggestion keeps one. */
export function repetition(draft: DraftContext, rule: RuleOf<'repetition'>): Finding[] {
  const ignorecase = rule.ignorecase ?? false;
  const source = alternation(rule.tokens);
  // Rules sharing a token pattern share this scan (memoised per draft).
  const matches = rule.tokens.every((token) => WORD_CLASS_TOKEN.test(token))
    ? draft.memo('repetition', `${ignorecase}${source}`, () => wordClassMatches(draft, source, ignorecase))
    : findAll(draft, source, { ignorecase, wordBounded: false });
  const findings: Finding[] = [];
  let previous: Match | undefined;
  for (const match of matches) {
    const same =
      previous !== undefined &&
      previous.text.length === match.text.length &&
      previous.end <= match.start &&
      (ignorecase ? previous.text.toLowerCase() === match.text.toLowerCase() : previous.text === match.text);
    if (
      previous &&
      same &&
      ONLY_SPACES.test(draft.text.slice(previous.end, match.start)) &&
      (!rule.alpha || ALPHABETIC.test(match.text))
    ) {
      findings.push(
        ruleFinding(rule, previous.start, match.end, formatMessage(rule.message, match.text), [
          previous.text,
        ]),
      );
      previous = undefined;
      continue;
    }
    previous = match;
  }
  return findings;
}
