import type { Language } from '../text';

/**
 * Disclosure wording OnBrand recognises in a draft. What each market's regulator makes of it lives in
 * disclosure-markets/<market>.ts, keyed by these ids (docs/disclosure-law.md has the sources). Matched
 * case-insensitively as whole words.
 */
export interface DisclosureTerm {
  id: string;
  /** Regex source for the words, without `#`. */
  words: string;
  /**
   * Where the bare words count: `anywhere`, only in `label` position (start or end of a line, in brackets,
   * before a colon or bar: "I saw an ad" is not a label) or only as a `hashtag`.
   */
  bare: 'anywhere' | 'label' | 'hashtag';
  lang: Language;
  /**
   * An ad label the writer puts on a post ("#ad", "Werbung"): its presence alone makes a post commercial.
   * Sentences that only state a connection ("I work at …") leave that to the relationship and the signals.
   */
  label?: true;
  /** Says the post is *not* an ad ("not sponsored", "keine Werbung"): wrong on a commercial post. */
  denial?: true;
}

const HANDLE = '@[\\p{L}\\p{N}_.]+';
/** A brand named in up to three words or a handle ("Acme", "Acme Skin Co", "@acme"). */
const BRAND = `(?:${HANDLE}|[\\p{L}\\p{N}&'’.-]+(?: [\\p{L}\\p{N}&'’.-]+){0,2})`;
const THANKS = 'thanks?(?: you)?(?: so much)?,? (?:to )?';
/** After "gifted by": a present from family or a friend is no brand's gift ("Gifted by my mum"). */
export const NOT_FAMILY =
  '(?! (?:my|his|her|our|their) (?:mum|mom|mother|dad|father|parents|husband|wife|partner|boyfriend|girlfriend|brother|sister|son|daughter|grandma|granny|grandmother|grandpa|grandfather|nan|aunt|auntie|uncle|cousin|family|(?:best )?friends?|bestie)\\b)';

export const DISCLOSURE_TERMS: readonly DisclosureTerm[] = [
  {
    id: 'denial',
    words:
      'not (?:an? )?(?:ad|advert|sponsored|paid(?: for)?|#ad|#sponsored)|no (?:ad|sponsor(?:ship)?)|non-?sponsored|unsponsored|notsponsored|notanad|nonsponsored|keine werbung|keinewerbung|unbezahlte werbung|unbeauftragte werbung|werbung ohne auftrag|nicht gesponsert|pas (?:de |une )?(?:pub|publicité|sponso)|non sponsorisée?|non rémunérée?|no es publicidad|sin patrocinio|non è pubblicità|non sponsorizzato|niet gesponsord|geen reclame|não é publicidade|não patrocinado|nie jest reklam(?:ą|a)|to nie reklama|niesponsorowany',
    bare: 'anywhere',
    lang: 'en',
    denial: true,
  },
  {
    id: 'ad',
    words: 'paid ad|paid advertisement|ad|ads|advert|advertising|advertisement(?: feature)?',
    bare: 'label',
    lang: 'en',
    label: true,
  },
  {
    id: 'sponsored',
    words: 'sponsored(?: post| content)?|sponsoredpost|sponsoredcontent',
    bare: 'anywhere',
    lang: 'en',
    label: true,
  },
  {
    id: 'paid-partnership',
    words: 'paid partnership(?: with)?|paidpartnership|paidpartner|paid promotion|paidpromotion',
    bare: 'anywhere',
    lang: 'en',
    label: true,
  },
  // The generic word first, so "#brandambassador" is the generic one and not a brand "brand".
  { id: 'ambassador', words: 'ambassador|brand ambassador|brandambassador', bare: 'anywhere', lang: 'en' },
  { id: 'brand-partner', words: '[\\p{L}\\p{N}_]+partner', bare: 'hashtag', lang: 'en', label: true },
  { id: 'brand-ambassador', words: '[\\p{L}\\p{N}_]+ambassador', bare: 'hashtag', lang: 'en', label: true },
  { id: 'employee', words: '[\\p{L}\\p{N}_]*employee', bare: 'hashtag', lang: 'en', label: true },
  {
    id: 'employee-sentence',
    // Anchored on its first word, not the brand, so the engine looks for it only where "i" or "is" starts.
    words: `i work (?:at|for) ${BRAND}|i(?:'m| am) (?:an? )?(?:employee|staff member) (?:at|of) ${BRAND}|i(?:'m| am) employed (?:by|at) ${BRAND}|i(?:'m| am) (?:an? )?${BRAND} (?:employee|staff member)|is my employer`,
    bare: 'anywhere',
    lang: 'en',
  },
  {
    id: 'contest',
    words: 'contest|sweepstakes|contestentry|[\\p{L}\\p{N}_]+contest|[\\p{L}\\p{N}_]+sweepstakes',
    bare: 'hashtag',
    lang: 'en',
    label: true,
  },
  {
    id: 'sponsored-by',
    words:
      'sponsored by|brought to you by|made possible by|funded by|powered by|presented by|in association with|präsentiert von',
    bare: 'anywhere',
    lang: 'en',
  },
  {
    id: 'partnership',
    words: 'partner|partnership|partenariat|kooperation',
    bare: 'hashtag',
    lang: 'en',
  },
  {
    id: 'partnership-phrase',
    words: 'partnered(?: up)? with|in partnership with|en partenariat avec|in kooperation mit',
    bare: 'anywhere',
    lang: 'en',
  },
  {
    id: 'collab',
    words: 'collab|collaboration|in collaboration with',
    bare: 'anywhere',
    lang: 'en',
  },
  {
    id: 'free-gift',
    words: `free gift|freegift|free gift from|gifted (?:by|from)${NOT_FAMILY}|on loan from|loaned by`,
    bare: 'anywhere',
    lang: 'en',
  },
  { id: 'gifted', words: 'gifted|gift|pr|prpackage|prgift|prtrip', bare: 'hashtag', lang: 'en' },
  { id: 'gifted-label', words: 'gifted', bare: 'label', lang: 'en' },
  { id: 'pr-phrase', words: 'pr package|pr haul', bare: 'anywhere', lang: 'en' },
  {
    id: 'abbreviation',
    words: 'sp|spon|ee|sponso|client|iworkwith|sweeps|promo',
    bare: 'hashtag',
    lang: 'en',
    label: true,
  },
  {
    // "Thanks to Acme brand for the free product": Disclosures 101's own example of simple, clear language.
    id: 'thanks-free',
    words: `${THANKS}${BRAND}(?: brand)? for (?:the|my|this|these|our|a) (?:free|complimentary)|${THANKS}${BRAND}(?: brand)? for (?:sending|gifting|giving) (?:me|us)(?: (?:this|these|it|them|the|a))? (?:for )?free`,
    bare: 'anywhere',
    lang: 'en',
  },
  {
    // "Massive thanks to Acme for making this video possible", "Supported by Acme": support said, the ad not
    // (ASA ruling on Mondelez UK Ltd, 2014: vlogs ending "thanks to Oreo" were not identifiable as ads).
    id: 'thanks-support',
    words: `supported by|with the support of|${THANKS}${BRAND} for (?:making this(?: [\\p{L}\\p{N}-]+)? possible|supporting (?:this|me|us|the)(?: [\\p{L}\\p{N}-]+)?)`,
    bare: 'anywhere',
    lang: 'en',
  },
  { id: 'thanks-tag', words: 'thanks[\\p{L}\\p{N}_]*|danke[\\p{L}\\p{N}_]*', bare: 'hashtag', lang: 'en' },
  {
    id: 'thanks-brand',
    words: `${THANKS}${HANDLE}|danke,? (?:an )?${HANDLE}|merci,? (?:à )?${HANDLE}`,
    bare: 'anywhere',
    lang: 'en',
  },
  {
    id: 'affiliate',
    words: 'aff|afflink|aff-link|affiliate|affiliatelinks?|affiliatelink',
    bare: 'hashtag',
    lang: 'en',
  },
  {
    id: 'affiliate-phrase',
    words: 'affiliate[- ]links?|aff-links?|partner-?links?',
    bare: 'anywhere',
    lang: 'en',
  },
  {
    // The FTC's FAQ: "I get commissions for purchases made through links in this post."
    id: 'commission-sentence',
    words:
      '(?:i|we) (?:may )?(?:earn|get|receive|make) (?:a )?(?:small )?commissions?|(?:i|we) (?:may )?(?:earn|get|receive|make) (?:money|a fee|a share) (?:from|for|on) (?:purchases|sales)|paid links?|commission links?',
    bare: 'anywhere',
    lang: 'en',
  },
  {
    id: 'paid-sentence',
    // "Brand X gave me this to try": found from the verb on, so the engine looks only where those words start.
    words:
      "(?:paid|sponsored|hired) (?:me|us)|(?:i was|i am|i'm|we were|we are|we're) (?:being )?paid by|(?:sent|gave|gifted|lent|loaned) (?:me|us) (?:[\\p{L}\\p{N}'’-]+ ){1,6}?(?:for free|to try|to review|to test|free of charge)|(?:sent|gave|gifted|lent|loaned) (?:me|us) (?:an?|some|the|my) (?:free|complimentary)|(?:was|were) gifted (?:to (?:me|us) )?by|(?:i|we) (?:got|received) (?:this|these|it|them|the|a|my)(?: [\\p{L}\\p{N}-]+){0,2} (?:for free|free of charge)",
    bare: 'anywhere',
    lang: 'en',
  },
  {
    // Disclosures 101: disclose a personal or family relationship with the brand, e.g. "my sister owns …".
    id: 'family-sentence',
    words:
      'my (?:husband|wife|partner|brother|sister|mom|mum|mother|dad|father|son|daughter|cousin|uncle|aunt|best friend) (?:works (?:at|for)|owns|founded|runs|is the founder of|is the owner of)',
    bare: 'anywhere',
    lang: 'en',
  },
  {
    id: 'werbung',
    words: 'werbung|anzeige|bezahlte werbepartnerschaft(?: mit)?|werbepartnerschaft(?: mit)?',
    bare: 'anywhere',
    lang: 'de',
    label: true,
  },
  {
    id: 'produktplatzierung',
    words: 'unterstützt durch produktplatzierung(?:en)?|produktplatzierung(?:en)?|dauerwerbesendung',
    bare: 'anywhere',
    lang: 'de',
    label: true,
  },
  { id: 'werbelink', words: 'werbelinks?|werbe-links?', bare: 'anywhere', lang: 'de', label: true },
  { id: 'platform-label-de', words: 'bezahlte partnerschaft(?: mit)?', bare: 'anywhere', lang: 'de' },
  {
    id: 'publicite',
    words: 'publicité|publicite|collaboration commerciale|collaborationcommerciale',
    bare: 'anywhere',
    lang: 'fr',
    label: true,
  },
  {
    id: 'equivalent-fr',
    words: 'partenariat rémunéré|partenariat commercial|sponsorisée?',
    bare: 'anywhere',
    lang: 'fr',
  },
  // "Pub" is French shorthand, not the label the loi names.
  { id: 'pub-fr', words: 'pub', bare: 'label', lang: 'fr' },
  { id: 'publicidad', words: 'publicidad|patrocinado|publi', bare: 'anywhere', lang: 'es', label: true },
  {
    id: 'pubblicita',
    words: 'pubblicità|pubblicita|sponsorizzato|contenuto sponsorizzato|adv',
    bare: 'label',
    lang: 'it',
    label: true,
  },
  { id: 'publicidade', words: 'publicidade|publipost', bare: 'anywhere', lang: 'pt', label: true },
  { id: 'reclame', words: 'advertentie|reclame|gesponsord', bare: 'anywhere', lang: 'nl', label: true },
  {
    id: 'reklama',
    words: 'reklama|materiał sponsorowany|współpraca reklamowa|lokowanie produktu',
    bare: 'anywhere',
    lang: 'pl',
    label: true,
  },
  { id: 'vigyapan', words: 'विज्ञापन|प्रायोजित', bare: 'anywhere', lang: 'hi', label: true },
];
