import { type MarketRules, type MarketSource, nationalLabelsClear } from './market';

const D101: MarketSource = {
  doc: 'FTC, Disclosures 101 for Social Media Influencers (2019-11), “How to disclose”',
  url: 'https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers',
  says: 'simple explanations like “Thanks to Acme brand for the free product” are often enough, and so are “advertisement”, “ad” and “sponsored”; don’t use vague terms like “sp”, “spon” or “collab”, or stand-alone words like “thanks” or “ambassador”.',
};
const FAQ = 'https://www.ftc.gov/business-guidance/resources/ftcs-endorsement-guides-what-people-are-asking';
const FAQ_TAGS: MarketSource = {
  doc: 'FTC, Endorsement Guides: What People Are Asking (2023), “Social media”',
  url: FAQ,
  says: 'a hashtag that names the brand and the role (#[Brand]Partner, #[Brand]Ambassador) can make the connection clear; #partner or #ambassador alone may not.',
};
const FAQ_CONTEST: MarketSource = {
  doc: 'FTC, Endorsement Guides: What People Are Asking (2023), “Social media contests”',
  url: FAQ,
  says: 'making the word “contest” or “sweepstakes” part of the hashtag should be enough; “sweeps” probably isn’t.',
};
const FAQ_AFFILIATE: MarketSource = {
  doc: 'FTC, Endorsement Guides: What People Are Asking (2023), “Affiliate or network marketing”',
  url: FAQ,
  says: 'a simple disclosure like “I get commissions for purchases made through links in this post” might be adequate; “affiliate link” alone may not be understood.',
};
const FAQ_EMPLOYEE: MarketSource = {
  doc: '16 CFR 255.5 (2023), employee examples; FAQ “Employee endorsements”',
  url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255/section-255.5',
  says: 'an employee endorsing the employer’s product must disclose the job, e.g. “I work at …” or #[Brand]Employee.',
};
const CFR: MarketSource = {
  doc: '16 CFR 255.5 (2023), (a)–(b)',
  url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255/section-255.5',
  says: 'a connection the audience would not expect must be disclosed clearly and conspicuously: difficult to miss and easily understandable by ordinary consumers.',
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
