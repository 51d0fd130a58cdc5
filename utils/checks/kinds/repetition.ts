import type { DraftContext } from '../context';
import type { RuleOf } from '../guidelines';
import { compilePattern, formatMessage, wordMatches } from '../text';
import type { Finding } from '../types';
import { alternation, ruleFinding } from './rule-finding';

const ONLY_SPACES = /^[^\S\n]+$/;
const ALPHABETIC = /^[\p{L}\p{M}'’]+$/u;

/** Vale `repetition`: the same token twice in a row ("the the"); the suggestion keeps one. */
export function repetition(draft: DraftContext, rule: RuleOf<'repetition'>): Finding[] {
  const ignorecase = rule.ignorecase ?? false;
  const regex = compilePattern(alternation(rule.tokens), ignorecase, false);
  if (!regex) return [];
  const findings: Finding[] = [];
  let previous: { start: number; end: number; text: string } | undefined;
  for (const match of wordMatches(regex, draft.text, draft.entities, false)) {
    const same =
      previous !== undefined &&
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
