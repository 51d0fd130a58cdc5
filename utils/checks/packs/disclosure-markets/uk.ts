import { type MarketRules, type MarketSource, nationalLabelsClear } from './market';

const GUIDE_URL = 'https://www.asa.org.uk/resource/influencers-guide.html';
const GUIDE: MarketSource = {
  doc: 'CAP/CMA, Influencers’ guide to making clear that ads are ads (3rd ed., 2023-03), “How to label”',
  url: GUIDE_URL,
  says: 'use a clear, prominent label such as “Ad”, “Advert”, “Advertising”, “Advertisement” or “Advertisement feature”, upfront, recognisable without having to click or interact.',
};
const GUIDE_UNCLEAR: MarketSource = {
  doc: 'CAP/CMA, Influencers’ guide (3rd ed., 2023-03), “Labels to avoid”',
  url: GUIDE_URL,
  says: 'wording such as “Sponsored”, “In association with”, “Thanks to …”, “Collab”, “#sp” or “#spon” does not make clear that the content is an ad.',
};
const GUIDE_GIFTS: MarketSource = {
  doc: 'CAP/CMA, Influencers’ guide (3rd ed., 2023-03), “Gifts and loans”',
  url: GUIDE_URL,
  says: 'a gift or loan with no brand control is not an ad under the CAP Code, but consumer law still needs the connection made clear, e.g. “Gifted” or “Free gift from …”; with control it is an ad and needs “Ad”.',
};
const GUIDE_AFFILIATE: MarketSource = {
  doc: 'CAP/CMA, Influencers’ guide (3rd ed., 2023-03), “Affiliate marketing”',
  url: GUIDE_URL,
  says: 'affiliate content is an ad and needs a label such as “Ad”; “Affiliate” on its own is not clear enough to all consumers.',
};
const OREO: MarketSource = {
  doc: 'ASA Ruling on Mondelez UK Ltd (2014-11-26)',
  url: 'https://www.asa.org.uk/rulings/mondelez-uk-ltd-a14-275579.html',
  says: 'vlogs ending “thanks to Oreo” were not obviously identifiable as ads.',
};
const OWN: MarketSource = {
  doc: 'CAP/CMA, Influencers’ guide (3rd ed., 2023-03), “Promoting your own products”',
  url: GUIDE_URL,
  says: 'promoting your own products or brand is advertising too; make it obvious (“my new range”) or label it.',
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
