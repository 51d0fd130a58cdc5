import { type MarketRules, type MarketSource, nationalLabelsClear, rate } from './market';

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
  name: 'United Kingdom (ASA/CMA)',
  start: 'recommended',
  notBuried: true,
  language: 'none',
  labels: ['Ad', '#ad'],
  ownProduct: OWN,
  source: GUIDE,
  verdicts: {
    ...nationalLabelsClear(GUIDE),
    ...rate(GUIDE, 'clear', 'ad'),
    ...rate(
      GUIDE_UNCLEAR,
      'ambiguous',
      'sponsored paid-partnership brand-partner brand-ambassador ambassador',
    ),
    ...rate(GUIDE, 'ambiguous', 'employee employee-sentence contest paid-sentence'),
    ...rate(GUIDE_GIFTS, 'ambiguous', 'free-gift gifted gifted-label'),
    ...rate(
      GUIDE_UNCLEAR,
      'insufficient',
      'pr-phrase sponsored-by partnership partnership-phrase collab abbreviation',
    ),
    ...rate(GUIDE_AFFILIATE, 'ambiguous', 'affiliate affiliate-phrase commission-sentence'),
    ...rate(OREO, 'insufficient', 'thanks-free thanks-tag thanks-brand thanks-support'),
  },
  otherwise: 'insufficient',
  reviewed: '2026-12',
};
