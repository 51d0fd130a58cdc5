import { type MarketRules, type MarketSource, nationalLabelsClear } from './market';

const D101: MarketSource = {
  doc: 'FTC, Disclosures 101 (2019), How to disclose',
  url: 'https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers',
  says: '“Thanks to Acme brand for the free product”, “ad” or “sponsored” are enough; not “sp”, “spon”, “collab”, a bare “thanks” or “ambassador”',
};
const FAQ = 'https://www.ftc.gov/business-guidance/resources/ftcs-endorsement-guides-what-people-are-asking';
const FAQ_TAGS: MarketSource = {
  doc: 'FTC, What People Are Asking (2023), Social media',
  url: FAQ,
  says: '#[Brand]Partner or #[Brand]Ambassador can be clear; #partner alone may not',
};
const FAQ_CONTEST: MarketSource = {
  doc: 'FTC, What People Are Asking (2023), Contests',
  url: FAQ,
  says: '“contest” or “sweepstakes” in the hashtag should be enough; “sweeps” probably isn’t',
};
const FAQ_AFFILIATE: MarketSource = {
  doc: 'FTC, What People Are Asking (2023), Affiliates',
  url: FAQ,
  says: '“I get commissions for purchases made through links in this post” might be adequate',
};
const FAQ_EMPLOYEE: MarketSource = {
  doc: '16 CFR 255.5 (2023), employees',
  url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255/section-255.5',
  says: 'an employee discloses the job: “I work at …”, #[Brand]Employee',
};
const CFR: MarketSource = {
  doc: '16 CFR 255.5 (2023)',
  url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255/section-255.5',
  says: 'an unexpected material connection must be disclosed clearly and conspicuously',
};

export const US: MarketRules = {
  name: 'US (FTC)',
  start: 'recommended',
  notBuried: true,
  language: 'none',
  labels: ['#ad', 'Ad:'],
  ownProduct: null,
  source: CFR,
  verdicts: {
    ...nationalLabelsClear(CFR),
    ad: ['clear', D101],
    sponsored: ['clear', D101],
    'paid-partnership': ['clear', D101],
    'brand-partner': ['clear', FAQ_TAGS],
    'brand-ambassador': ['clear', FAQ_TAGS],
    employee: ['clear', FAQ_EMPLOYEE],
    'employee-sentence': ['clear', FAQ_EMPLOYEE],
    contest: ['clear', FAQ_CONTEST],
    'sponsored-by': ['clear', D101],
    'thanks-free': ['clear', D101],
    'paid-sentence': ['clear', D101],
    'commission-sentence': ['clear', FAQ_AFFILIATE],
    'free-gift': ['clear', D101],
    ambassador: ['ambiguous', D101],
    partnership: ['ambiguous', FAQ_TAGS],
    'partnership-phrase': ['ambiguous', FAQ_TAGS],
    collab: ['insufficient', D101],
    gifted: ['ambiguous', D101],
    'gifted-label': ['ambiguous', D101],
    'pr-phrase': ['ambiguous', D101],
    affiliate: ['ambiguous', FAQ_AFFILIATE],
    'affiliate-phrase': ['ambiguous', FAQ_AFFILIATE],
    abbreviation: ['insufficient', D101],
    'thanks-tag': ['insufficient', D101],
    'thanks-brand': ['insufficient', D101],
  },
  otherwise: 'ambiguous',
  reviewed: '2026-12',
};
