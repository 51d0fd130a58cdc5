import { type MarketRules, type MarketSource, nationalLabelsClear, rate } from './market';

const GUIDELINES: MarketSource = {
  doc: 'ASCI, Influencer Disclosure Tool (labels of the Guidelines for Influencer Advertising in Digital Media)',
  url: 'https://www.ascionline.in/social/tools',
  says: 'upfront: Ad, Sponsored, Collaboration, Partnership, Employee, Free gift, Affiliate',
};
const FAQ: MarketSource = {
  doc: 'ASCI Influencer FAQ',
  url: 'https://www.ascionline.in/social/faqs/',
  says: 'a listed label, upfront; not buried or only in the bio',
};

export const IN: MarketRules = {
  name: 'India (ASCI)',
  start: 'required',
  notBuried: true,
  language: 'english-or-post',
  labels: ['#ad', '#sponsored'],
  ownProduct: null,
  source: GUIDELINES,
  verdicts: {
    ...nationalLabelsClear(GUIDELINES),
    ...rate(
      GUIDELINES,
      'clear',
      'ad sponsored paid-partnership collab partnership partnership-phrase employee employee-sentence free-gift affiliate affiliate-phrase brand-partner',
    ),
    ...rate(
      FAQ,
      'ambiguous',
      'gifted gifted-label brand-ambassador ambassador commission-sentence paid-sentence',
    ),
    ...rate(FAQ, 'insufficient', 'abbreviation thanks-brand thanks-tag thanks-free'),
  },
  otherwise: 'ambiguous',
  reviewed: '2026-12',
};
