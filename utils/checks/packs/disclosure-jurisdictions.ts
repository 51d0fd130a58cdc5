import type { Language } from '../text';
import type { Jurisdiction } from '../types';

/**
 * What each market asks of a disclosure's placement and wording (../shared/reference/compliance.md §2–3).
 * `start`: required at the very start, or only recommended (then not checked beyond the fold).
 * `notBuried`: fails when the only label sits in the trailing block of hashtags.
 * `language`: the label must be in the post's language (`post`), or English or the post's language
 * (`english-or-post`); `none` where the law is silent or unconfirmed.
 */
export interface JurisdictionRules {
  name: string;
  start: 'required' | 'recommended';
  notBuried: boolean;
  language: 'post' | 'english-or-post' | 'none';
  /** Labels to suggest, best first; `{lang}` picks the label in the post's language. */
  labels: readonly string[] | '{lang}';
  source: string;
  reviewed: string;
}

/** A label per language, for markets that want the post's own language. */
export const LABEL_BY_LANGUAGE: Record<Language, string> = {
  en: 'Ad',
  de: 'Werbung',
  fr: 'Publicité',
  es: 'Publicidad',
  it: 'Pubblicità',
  pt: 'Publicidade',
  nl: 'Advertentie',
  hi: '#Ad',
  und: 'Ad',
};

export const JURISDICTION_RULES: Record<Jurisdiction, JurisdictionRules> = {
  US: {
    name: 'US (FTC)',
    start: 'recommended',
    notBuried: true,
    language: 'none',
    labels: ['#ad', 'Ad:'],
    source: 'https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers',
    reviewed: '2026-11',
  },
  UK: {
    name: 'UK (ASA/CMA)',
    start: 'recommended',
    notBuried: true,
    language: 'none',
    labels: ['Ad', '#ad'],
    source: 'https://www.asa.org.uk/resource/influencers-guide.html',
    reviewed: '2026-11',
  },
  DE: {
    name: 'Germany (UWG/MStV)',
    start: 'required',
    notBuried: true,
    language: 'none',
    labels: ['Werbung', 'Anzeige'],
    source: 'https://www.lmsaar.de/service/werbekennzeichnung/',
    reviewed: '2026-11',
  },
  FR: {
    name: 'France (loi 2023-451)',
    start: 'required',
    notBuried: false,
    language: 'none',
    labels: ['Publicité', 'Collaboration commerciale'],
    source: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047663185',
    reviewed: '2026-11',
  },
  EU: {
    name: 'EU (UCPD)',
    start: 'recommended',
    notBuried: false,
    language: 'post',
    labels: '{lang}',
    source: 'https://barnoldlaw.blogspot.com/2024/02/influencers.html',
    reviewed: '2026-11',
  },
  IN: {
    name: 'India (ASCI)',
    start: 'required',
    notBuried: true,
    language: 'english-or-post',
    labels: ['#ad', '#sponsored'],
    source: 'https://www.ascionline.in/social/faqs/',
    reviewed: '2026-11',
  },
};
