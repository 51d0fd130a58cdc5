import { draftBlocks, type Span } from '../blocks';
import type { DraftContext } from '../context';
import { exists, findAll } from '../find';
import type { RuleOf } from '../guidelines';
import { ruleFinding } from '../rule-finding';
import { compilePattern, formatMessage, nextIndex } from '../text';
import type { Finding } from '../types';
import { exceptionsOf } from '../vale';

/** Whether a pattern has a capture group (a `(` that is not escaped and not `(?`, or a named group). */
const CAPTURE = /(?<!\\)\((?!\?)|\(\?<(?![=!])/;

/**
 * The texts `second`'s capture groups matched in the draft (the "defined" terms), each with where it is
 * first defined.
 */
function definedTerms(draft: DraftContext, second: string, ignorecase: boolean): Map<string, number> {
  return draft.memo(ignorecase ? 'defined-i' : 'defined', second, () => {
    const terms = new Map<string, number>();
    const regex = compilePattern(second, ignorecase, false);
    if (!regex) return terms;
    regex.lastIndex = 0;
    for (let match = regex.exec(draft.text); match !== null; match = regex.exec(draft.text)) {
      if (match[0].length === 0) regex.lastIndex = nextIndex(draft.text, match.index, regex);
      for (const group of match.slice(1)) if (group && !terms.has(group)) terms.set(group, match.index);
    }
    return terms;
  });
}

/**
 * Vale `conditional`: each match of `first` must be "defined" by `second`. As in Vale
 * (internal/check/conditional.go), what `second`'s capture groups match anywhere in the draft is defined, and
 * a match of `first` whose text is not among them (nor covered by an exception) is flagged: with
 * `first: \b[A-Z]{3,5}\b` and `second: \(([A-Z]{3,5})\)`, "WHO" needs "(WHO)" in its paragraph or an earlier one. When `second` has no
 * capture group, Vale would flag every match of `first`; OnBrand then asks only that `second` occurs.
 */
export function conditional(draft: DraftContext, rule: RuleOf<'conditional'>): Finding[] {
  const ignorecase = rule.ignorecase ?? false;
  const firsts = findAll(draft, rule.first, { ignorecase, wordBounded: false });
  if (firsts.length === 0) return [];
  const exceptions = exceptionsOf(rule.exceptions);
  let defined: (text: string, at: number) => boolean;
  if (CAPTURE.test(rule.second)) {
    // Vale checks the paragraphs in order and remembers what each defined (`f.Sequences`), so a term counts
    // as defined in its own paragraph and every later one, never in one before.
    const terms = definedTerms(draft, rule.second, ignorecase);
    const paragraphs = draftBlocks(draft);
    let paragraph = 0;
    defined = (text, at) => {
      // The matches of `first` come in text order, so the paragraph only moves forward.
      while (paragraph < paragraphs.length - 1 && (paragraphs[paragraph] as Span).end <= at) paragraph += 1;
      const from = terms.get(text);
      return (
        from !== undefined && from < Math.max((paragraphs[paragraph] as Span | undefined)?.end ?? 0, at + 1)
      );
    };
  } else {
    const found = exists(draft, rule.second, { ignorecase, wordBounded: false });
    defined = () => found;
  }
  const findings: Finding[] = [];
  for (const match of firsts) {
    if (defined(match.text, match.start) || exceptions.covers(match.text)) continue;
    findings.push(ruleFinding(rule, match.start, match.end, formatMessage(rule.message, match.text)));
  }
  return findings;
}
