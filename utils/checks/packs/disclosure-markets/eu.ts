import { type MarketRules, type MarketSource, nationalLabelsClear } from './market';

const HUB: MarketSource = {
  doc: 'European Commission, Influencer Legal Hub (2023-10), “Disclosure”',
  url: 'https://commission.europa.eu/live-work-travel-eu/consumer-rights-and-complaints/influencer-legal-hub_en',
  says: 'use a clear label in the language of your audience, such as “advertisement”, visible without clicking “more”; avoid vague terms like “collab”, “sp” or a thanks to the brand.',
};
const UCPD: MarketSource = {
  doc: 'Commission Notice on the UCPD (2021/C 526/01), § 4.2.6 Influencer marketing',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52021XC1229(05)',
  says: 'the commercial intent must be disclosed unless it is already apparent from the context (Annex I, point 22).',
};
const SWEEP: MarketSource = {
  doc: 'European Commission, sweep of influencer posts (2024-02-14)',
  url: 'https://ec.europa.eu/commission/presscorner/detail/en/ip_24_708',
  says: '“collaboration”, “partnership” or a generic thanks to the brand, used instead of a label, did not disclose the commercial content.',
};

export const EU: MarketRules = {
  name: 'EU (UCPD)',
  start: 'recommended',
  notBuried: false,
  language: 'post',
  labels: '{lang}',
  ownProduct: UCPD,
  source: UCPD,
  verdicts: {
    ...nationalLabelsClear(HUB),
    ad: ['clear', HUB],
    sponsored: ['clear', HUB],
    'paid-partnership': ['ambiguous', HUB],
    'brand-partner': ['ambiguous', HUB],
    'brand-ambassador': ['ambiguous', HUB],
    ambassador: ['ambiguous', HUB],
    employee: ['ambiguous', HUB],
    'employee-sentence': ['ambiguous', HUB],
    'free-gift': ['ambiguous', HUB],
    gifted: ['ambiguous', HUB],
    'gifted-label': ['ambiguous', HUB],
    'paid-sentence': ['ambiguous', HUB],
    'commission-sentence': ['ambiguous', HUB],
    affiliate: ['ambiguous', HUB],
    'affiliate-phrase': ['ambiguous', HUB],
    contest: ['ambiguous', HUB],
    'equivalent-fr': ['ambiguous', HUB],
    collab: ['insufficient', SWEEP],
    partnership: ['insufficient', SWEEP],
    'partnership-phrase': ['insufficient', SWEEP],
    'thanks-brand': ['insufficient', SWEEP],
    'thanks-tag': ['insufficient', SWEEP],
    'thanks-free': ['insufficient', SWEEP],
  },
  otherwise: 'insufficient',
  reviewed: '2026-12',
};
