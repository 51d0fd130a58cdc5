import { type MarketRules, type MarketSource, nationalLabelsClear } from './market';

const GUIDELINES: MarketSource = {
  doc: 'ASCI Influencer guidelines (2023)',
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
    ad: ['clear', GUIDELINES],
    sponsored: ['clear', GUIDELINES],
    'paid-partnership': ['clear', GUIDELINES],
    collab: ['clear', GUIDELINES],
    partnership: ['clear', GUIDELINES],
    'partnership-phrase': ['clear', GUIDELINES],
    employee: ['clear', GUIDELINES],
    'employee-sentence': ['clear', GUIDELINES],
    'free-gift': ['clear', GUIDELINES],
    gifted: ['ambiguous', FAQ],
    'gifted-label': ['ambiguous', FAQ],
    affiliate: ['clear', GUIDELINES],
    'affiliate-phrase': ['clear', GUIDELINES],
    'brand-partner': ['clear', GUIDELINES],
    'brand-ambassador': ['ambiguous', FAQ],
    ambassador: ['ambiguous', FAQ],
    'commission-sentence': ['ambiguous', FAQ],
    'paid-sentence': ['ambiguous', FAQ],
    abbreviation: ['insufficient', FAQ],
    'thanks-brand': ['insufficient', FAQ],
    'thanks-tag': ['insufficient', FAQ],
    'thanks-free': ['insufficient', FAQ],
  },
  otherwise: 'ambiguous',
  reviewed: '2026-12',
};
