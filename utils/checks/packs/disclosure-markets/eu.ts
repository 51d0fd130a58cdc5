import { type MarketRules, type MarketSource, nationalLabelsClear, rate } from './market';

const HUB: MarketSource = {
  doc: 'EU Influencer Legal Hub (2023)',
  url: 'https://commission.europa.eu/live-work-travel-eu/consumer-rights-and-complaints/influencer-legal-hub_en',
  says: 'a clear label in the audience’s language, seen without “more”',
};
const UCPD: MarketSource = {
  doc: 'UCPD Guidance 2021/C 526/01, § 4.2.6',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52021XC1229(05)',
  says: 'disclose the commercial intent unless the context makes it apparent',
};
const SWEEP: MarketSource = {
  doc: 'EU influencer sweep (2024)',
  url: 'https://ec.europa.eu/commission/presscorner/detail/en/ip_24_708',
  says: '“collaboration”, “partnership” or a thanks did not disclose it',
};

export const EU: MarketRules = {
  name: 'European Union (UCPD)',
  start: 'recommended',
  notBuried: false,
  language: 'post',
  labels: '{lang}',
  ownProduct: UCPD,
  source: UCPD,
  verdicts: {
    ...nationalLabelsClear(HUB),
    ...rate(HUB, 'clear', 'ad sponsored'),
    ...rate(
      HUB,
      'ambiguous',
      'paid-partnership brand-partner brand-ambassador ambassador employee employee-sentence free-gift gifted gifted-label paid-sentence commission-sentence affiliate affiliate-phrase contest equivalent-fr',
    ),
    ...rate(
      SWEEP,
      'insufficient',
      'collab partnership partnership-phrase thanks-brand thanks-tag thanks-free',
    ),
  },
  otherwise: 'insufficient',
  reviewed: '2026-12',
};
