import type { Jurisdiction } from '../types';

/**
 * Sponsor-disclosure labels and how each market's regulator rates them, from
 * ../shared/reference/compliance.md §2. Matched case-insensitively as whole words, with or without `#`.
 *
 * - `clear`: the regulator accepts it as a label.
 * - `ambiguous`: accepted only in some circumstances, or unclear (a warning).
 * - `insufficient`: named by the regulator as not enough (an error, like a missing label).
 */
export type TermClass = 'clear' | 'ambiguous' | 'insufficient';

export interface DisclosureTerm {
  id: string;
  /** Regex source for the words, without `#`. */
  words: string;
  /**
   * Where the bare words count as a label: `anywhere`, only in `label` position (start of a line, in
   * brackets, before a colon or bar; "I saw an ad" is not a label) or only as a `hashtag`.
   */
  bare: 'anywhere' | 'label' | 'hashtag';
  lang: 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl';
  classes: Record<Jurisdiction, TermClass>;
}

const ENGLISH_CLEAR: Record<Jurisdiction, TermClass> = {
  US: 'clear',
  UK: 'clear',
  DE: 'insufficient',
  FR: 'insufficient',
  EU: 'clear',
  IN: 'clear',
};
const NATIONAL_CLEAR = (home: 'DE' | 'FR' | null): Record<Jurisdiction, TermClass> => ({
  US: 'clear',
  UK: 'clear',
  DE: home === 'DE' ? 'clear' : 'insufficient',
  FR: home === 'FR' ? 'clear' : 'insufficient',
  EU: 'clear',
  IN: 'clear',
});
const WEAK: Record<Jurisdiction, TermClass> = {
  US: 'ambiguous',
  UK: 'insufficient',
  DE: 'insufficient',
  FR: 'insufficient',
  EU: 'ambiguous',
  IN: 'ambiguous',
};
const NEVER: Record<Jurisdiction, TermClass> = {
  US: 'insufficient',
  UK: 'insufficient',
  DE: 'insufficient',
  FR: 'insufficient',
  EU: 'insufficient',
  IN: 'insufficient',
};

export const DISCLOSURE_TERMS: readonly DisclosureTerm[] = [
  {
    id: 'ad',
    words: 'ad|ads|advert|advertising|advertisement(?: feature)?',
    bare: 'label',
    lang: 'en',
    classes: ENGLISH_CLEAR,
  },
  {
    id: 'sponsored',
    words: 'sponsored|sponsoredpost|sponsoredcontent',
    bare: 'anywhere',
    lang: 'en',
    // ASA calls "Sponsored" risky; German regulators advise against it; ASCI lists #Sponsored.
    classes: { ...ENGLISH_CLEAR, UK: 'ambiguous' },
  },
  {
    id: 'paid-partnership',
    words: 'paid partnership(?: with)?|paidpartnership|paidpartner|paid promotion|paidpromotion',
    bare: 'anywhere',
    lang: 'en',
    classes: {
      US: 'clear',
      UK: 'ambiguous',
      DE: 'ambiguous',
      FR: 'insufficient',
      EU: 'ambiguous',
      IN: 'clear',
    },
  },
  {
    id: 'brand-partner',
    words: '[\\p{L}\\p{N}_]+partner',
    bare: 'hashtag',
    lang: 'en',
    classes: { ...WEAK, US: 'clear', UK: 'ambiguous' },
  },
  {
    id: 'employee',
    words: '[\\p{L}\\p{N}_]*employee',
    bare: 'hashtag',
    lang: 'en',
    classes: { ...WEAK, US: 'clear', UK: 'ambiguous', IN: 'clear' },
  },
  {
    id: 'sponsored-by',
    words:
      'sponsored by|brought to you by|made possible by|funded by|powered by|presented by|in association with|präsentiert von',
    bare: 'anywhere',
    lang: 'en',
    classes: { ...WEAK, US: 'clear' },
  },
  {
    id: 'partnership',
    words: 'partner|partnership|partnered(?: up)? with|in partnership with|en partenariat avec|partenariat',
    bare: 'hashtag',
    lang: 'en',
    classes: WEAK,
  },
  {
    id: 'partnership-phrase',
    words: 'partnered(?: up)? with|in partnership with|en partenariat avec',
    bare: 'anywhere',
    lang: 'en',
    classes: WEAK,
  },
  {
    id: 'collab',
    words: 'collab|collaboration|in collaboration with|kooperation|in kooperation mit',
    bare: 'anywhere',
    lang: 'en',
    classes: WEAK,
  },
  {
    id: 'ambassador',
    words: 'ambassador|brand ambassador|brandambassador|markenbotschafter(?:in)?',
    bare: 'anywhere',
    lang: 'en',
    classes: { ...WEAK, UK: 'ambiguous' },
  },
  {
    id: 'gifted',
    words:
      'gifted|gift|freegift|free gift from|gifted by|gifted from|on loan from|pr|prpackage|prgift|prtrip',
    bare: 'hashtag',
    lang: 'en',
    classes: {
      US: 'ambiguous',
      UK: 'ambiguous',
      DE: 'ambiguous',
      FR: 'ambiguous',
      EU: 'ambiguous',
      IN: 'ambiguous',
    },
  },
  {
    id: 'gifted-phrase',
    words: 'gifted by|gifted from|free gift from|on loan from|pr package|pr haul',
    bare: 'anywhere',
    lang: 'en',
    classes: {
      US: 'ambiguous',
      UK: 'ambiguous',
      DE: 'ambiguous',
      FR: 'ambiguous',
      EU: 'ambiguous',
      IN: 'ambiguous',
    },
  },
  { id: 'gifted-label', words: 'gifted', bare: 'label', lang: 'en', classes: { ...WEAK, UK: 'ambiguous' } },
  {
    id: 'abbreviation',
    words: 'sp|spon|ee|sponso|client|iworkwith',
    bare: 'hashtag',
    lang: 'en',
    classes: NEVER,
  },
  {
    id: 'thanks-brand',
    words:
      'thanks?(?: you)?(?: so much)?,? (?:to )?@[\\p{L}\\p{N}_.]+|thanks[\\p{L}\\p{N}_]*|danke,? @[\\p{L}\\p{N}_.]+|merci,? @[\\p{L}\\p{N}_.]+',
    bare: 'anywhere',
    lang: 'en',
    classes: NEVER,
  },
  {
    id: 'affiliate',
    words: 'aff|afflink|aff-link|affiliate|affiliate[- ]?links?|affiliatelink',
    bare: 'hashtag',
    lang: 'en',
    classes: { ...WEAK, UK: 'ambiguous' },
  },
  {
    id: 'affiliate-phrase',
    words: 'affiliate[- ]links?|aff-links?',
    bare: 'anywhere',
    lang: 'en',
    classes: { ...WEAK, UK: 'ambiguous' },
  },
  {
    id: 'commission-sentence',
    words:
      '(?:i|we) (?:may )?(?:earn|get|receive|make) (?:a )?(?:small )?commission|paid links?|commission links?',
    bare: 'anywhere',
    lang: 'en',
    classes: { ...WEAK, US: 'clear', UK: 'ambiguous' },
  },
  {
    id: 'paid-sentence',
    words:
      "@[\\p{L}\\p{N}_.]+ (?:paid|sponsored|sent|gifted) (?:me|us)|(?:i was|i am|i'm|we were|we are) (?:being )?paid by|(?:sent|gave) (?:me|us) (?:this|these|it) (?:for free|to try|free of charge)|(?:was|were) gifted (?:to (?:me|us) )?by",
    bare: 'anywhere',
    lang: 'en',
    classes: { ...WEAK, US: 'clear', UK: 'ambiguous' },
  },
  {
    id: 'werbung',
    words: 'werbung|anzeige|werbepartnerschaft',
    bare: 'anywhere',
    lang: 'de',
    classes: NATIONAL_CLEAR('DE'),
  },
  {
    id: 'platform-label-de',
    words: 'bezahlte partnerschaft(?: mit)?',
    bare: 'anywhere',
    lang: 'de',
    classes: { ...WEAK, DE: 'ambiguous' },
  },
  {
    id: 'publicite',
    words: 'publicité|publicite|collaboration commerciale|collaborationcommerciale',
    bare: 'anywhere',
    lang: 'fr',
    classes: NATIONAL_CLEAR('FR'),
  },
  {
    id: 'publicidad',
    words: 'publicidad|patrocinado|publi',
    bare: 'anywhere',
    lang: 'es',
    classes: NATIONAL_CLEAR(null),
  },
  {
    id: 'pubblicita',
    words: 'pubblicità|pubblicita|sponsorizzato|adv',
    bare: 'label',
    lang: 'it',
    classes: NATIONAL_CLEAR(null),
  },
  {
    id: 'publicidade',
    words: 'publicidade|publipost',
    bare: 'anywhere',
    lang: 'pt',
    classes: NATIONAL_CLEAR(null),
  },
  {
    id: 'reclame',
    words: 'advertentie|reclame|gesponsord',
    bare: 'anywhere',
    lang: 'nl',
    classes: NATIONAL_CLEAR(null),
  },
];
