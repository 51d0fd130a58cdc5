import { type MarketRules, type MarketSource, nationalLabelsClear } from './market';

const GUIDE_URL = 'https://www.asa.org.uk/resource/influencers-guide.html';
const GUIDE: MarketSource = {
  doc: 'CAP/CMA Influencers’ guide (2023), Labels',
  url: GUIDE_URL,
  says: '“Ad”, “Advert”, “Advertisement (feature)” upfront, seen without clicking',
};
const GUIDE_UNCLEAR: MarketSource = {
  doc: 'CAP/CMA Influencers’ guide (2023), Labels to avoid',
  url: GUIDE_URL,
  says: '“Sponsored”, “In association with”, “Thanks to…”, “Collab”, “#sp” are not clear',
};
const GUIDE_GIFTS: MarketSource = {
  doc: 'CAP/CMA Influencers’ guide (2023), Gifts',
  url: GUIDE_URL,
  says: '“Gifted” only for gifts with no brand control; with control it needs “Ad”',
};
const GUIDE_AFFILIATE: MarketSource = {
  doc: 'CAP/CMA Influencers’ guide (2023), Affiliates',
  url: GUIDE_URL,
  says: 'affiliate content is an ad; “Affiliate” alone is not clear to all',
};
const OREO: MarketSource = {
  doc: 'ASA Ruling on Mondelez UK Ltd (2014-11-26)',
  url: 'https://www.asa.org.uk/rulings/mondelez-uk-ltd-a14-275579.html',
  says: '“thanks to Oreo” did not make the vlogs identifiable as ads',
};
const OWN: MarketSource = {
  doc: 'CAP/CMA Influencers’ guide (2023), Own products',
  url: GUIDE_URL,
  says: 'your own products are ads too: make it obvious or label it',
};

export const UK: MarketRules = {
  name: 'UK (ASA/CMA)',
  start: 'recommended',
  notBuried: true,
  language: 'none',
  labels: ['Ad', '#ad'],
  ownProduct: OWN,
  source: GUIDE,
  verdicts: {
    ...nationalLabelsClear(GUIDE),
    ad: ['clear', GUIDE],
    sponsored: ['ambiguous', GUIDE_UNCLEAR],
    'paid-partnership': ['ambiguous', GUIDE_UNCLEAR],
    'brand-partner': ['ambiguous', GUIDE_UNCLEAR],
    'brand-ambassador': ['ambiguous', GUIDE_UNCLEAR],
    ambassador: ['ambiguous', GUIDE_UNCLEAR],
    employee: ['ambiguous', GUIDE],
    'employee-sentence': ['ambiguous', GUIDE],
    contest: ['ambiguous', GUIDE],
    'free-gift': ['ambiguous', GUIDE_GIFTS],
    gifted: ['ambiguous', GUIDE_GIFTS],
    'gifted-label': ['ambiguous', GUIDE_GIFTS],
    'pr-phrase': ['insufficient', GUIDE_UNCLEAR],
    affiliate: ['ambiguous', GUIDE_AFFILIATE],
    'affiliate-phrase': ['ambiguous', GUIDE_AFFILIATE],
    'commission-sentence': ['ambiguous', GUIDE_AFFILIATE],
    'paid-sentence': ['ambiguous', GUIDE],
    'sponsored-by': ['insufficient', GUIDE_UNCLEAR],
    partnership: ['insufficient', GUIDE_UNCLEAR],
    'partnership-phrase': ['insufficient', GUIDE_UNCLEAR],
    collab: ['insufficient', GUIDE_UNCLEAR],
    abbreviation: ['insufficient', GUIDE_UNCLEAR],
    'thanks-free': ['insufficient', OREO],
    'thanks-tag': ['insufficient', OREO],
    'thanks-brand': ['insufficient', OREO],
  },
  otherwise: 'insufficient',
  reviewed: '2026-12',
};
