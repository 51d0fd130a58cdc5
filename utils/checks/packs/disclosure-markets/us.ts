import { type MarketRules, type MarketSource, nationalLabelsClear, rate } from './market';

const D101: MarketSource = {
  doc: 'FTC, Disclosures 101 (2019), How to disclose',
  url: 'https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers',
  says: '“Thanks to Acme brand for the free product”, “ad” or “sponsored” are enough; not “sp”, “spon”, “collab”, a bare “thanks” or “ambassador”',
};
const D101_WHEN: MarketSource = {
  doc: 'FTC, Disclosures 101 (2019), When to disclose',
  url: D101.url,
  says: 'disclose any financial, employment, personal or family relationship with a brand',
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
  name: 'United States (FTC)',
  start: 'recommended',
  notBuried: true,
  language: 'none',
  labels: ['#ad', 'Ad:'],
  ownProduct: null,
  source: CFR,
  verdicts: {
    ...nationalLabelsClear(CFR),
    ...rate(D101, 'clear', 'ad sponsored paid-partnership sponsored-by thanks-free paid-sentence free-gift'),
    ...rate(FAQ_TAGS, 'clear', 'brand-partner brand-ambassador'),
    ...rate(FAQ_EMPLOYEE, 'clear', 'employee employee-sentence'),
    ...rate(D101_WHEN, 'clear', 'family-sentence'),
    ...rate(FAQ_CONTEST, 'clear', 'contest'),
    ...rate(FAQ_AFFILIATE, 'clear', 'commission-sentence'),
    ...rate(D101, 'ambiguous', 'ambassador gifted gifted-label pr-phrase'),
    ...rate(FAQ_TAGS, 'ambiguous', 'partnership partnership-phrase'),
    ...rate(D101, 'insufficient', 'collab abbreviation thanks-tag thanks-brand thanks-support'),
    ...rate(FAQ_AFFILIATE, 'ambiguous', 'affiliate affiliate-phrase'),
  },
  otherwise: 'ambiguous',
  reviewed: '2026-12',
};
