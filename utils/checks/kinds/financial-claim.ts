import type { Check } from '../context';
import { type Finding, worded } from '../types';

const PROMISE =
  /\b(?:guaranteed (?:returns?|profits?|income|gains?)|risk[- ]free|double your money|passive income|get rich|financial freedom|can'?t lose|no risk|\d+\s?% (?:returns?|apy|roi|profit|monthly|a month|per month))\b/giu;
const INVESTMENT =
  /\b(?:crypto\w*|bitcoin|btc|eth(?:ereum)?|invest\w*|trading|forex|stocks?|shares|nfts?|tokens?|fund)\b/i;
const RISK_WARNING =
  /\bcapital (?:is )?at risk\b|\bnot financial advice\b|\binvestments? can (?:go down|fall|lose)\b|\byou (?:may|could|can) lose\b|\bhigh[- ]risk\b/i;

const KEYWORDS = [
  'guarantee',
  'risk',
  'double your',
  'passive',
  'rich',
  'freedom',
  'lose',
  '% r',
  '% a',
  '% p',
  '% m',
  '%r',
  '%a',
  '%p',
  '%m',
];

/**
 * Promises of returns without a risk warning. In the UK an unapproved invitation to invest is a criminal
 * offence (FCA FG24/1), so investment wording makes it an error.
 */
export const financialClaim: Check = (draft) => {
  const { text } = draft;
  if (!draft.mentions(KEYWORDS) || RISK_WARNING.test(text)) return [];
  const investing = INVESTMENT.test(text);
  const findings: Finding[] = [];
  for (const match of text.matchAll(PROMISE)) {
    findings.push({
      ruleId: 'financial-claim',
      category: 'claims',
      severity: investing ? 'error' : 'warning',
      start: match.index,
      end: match.index + match[0].length,
      message: investing
        ? 'A promise of returns on an investment needs a prominent risk warning, and in the UK an approved financial promotion.'
        : 'A money promise like this needs care: say what it depends on, or drop it.',
      source: 'https://adlaw.lewissilkin.com/post/102j4ia/',
      wording: worded(investing ? 'findingFinancialInvestment' : 'findingFinancialPromise'),
    });
    if (findings.length >= 5) break;
  }
  return findings;
};
