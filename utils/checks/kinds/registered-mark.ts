import type { Check } from '../context';
import { findAll } from '../find';
import { type Finding, worded } from '../types';

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * The first mention of each of the brand's marks (guidelines `marks`) must carry its symbol, e.g. "Acme®";
 * later mentions may go without.
 */
export const registeredMark: Check = (draft) => {
  const findings: Finding[] = [];
  for (const mark of draft.guidelines.marks ?? []) {
    const [first] = findAll(draft, mark.term.replace(ESCAPE, '\\$&'), {
      ignorecase: true,
      wordBounded: true,
    });
    if (!first) continue;
    const { start, end } = first;
    const after = draft.text.slice(end, end + 4);
    const marked = mark.symbol === '®' ? /^(?:®|\(R\))/i.test(after) : /^(?:™|\(TM\))/i.test(after);
    if (marked) continue;
    findings.push({
      ruleId: 'registered-mark',
      category: 'copyright',
      severity: 'warning',
      start,
      end,
      message: `First mention of ${mark.term}: write it as ${mark.term}${mark.symbol}.`,
      suggestions: [`${mark.term}${mark.symbol}`],
      source: 'https://www.uspto.gov/trademarks/basics/what-trademark',
      wording: worded('findingRegisteredMark', mark.term, `${mark.term}${mark.symbol}`),
    });
  }
  return findings;
};
