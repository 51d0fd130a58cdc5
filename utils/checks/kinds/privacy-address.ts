import type { Check } from '../context';
import { isOwnContact, overlapsAny, privacyFinding } from '../privacy';
import type { Finding } from '../types';

const WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_AFTER = '(?![\\p{L}\\p{N}])';
const NAME = "\\p{Lu}[\\p{L}'.-]*";

/** What a German street name ends with; every German address holds one (any case). */
const GERMAN_WAYS = 'straße|strasse|str\\.|weg|platz|allee|gasse|damm|ufer|chaussee';
const FRENCH_WAYS =
  '[rR]ue|[aA]venue|[bB]oulevard|[bB]d|[pP]lace|[cC]hemin|[aA]llée|[iI]mpasse|[qQ]uai|[rR]oute|[cC]ours';

/** Germany: "Hauptstraße 5", "Karl-Marx-Str. 12a", "Berliner Allee 3", optionally ", 10115 Berlin". */
const GERMANY = new RegExp(
  `${WORD_BEFORE}\\p{Lu}[\\p{L}-]+(?:${GERMAN_WAYS}|[ -](?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Damm|Ufer|Chaussee)) ?\\d{1,4}(?: ?[a-z])?${WORD_AFTER}(?:,? \\d{5} \\p{Lu}[\\p{L}-]+)?`,
  'gu',
);

/** UK postcodes, with the postcode areas Royal Mail uses, so "PS5 2TB" or "MP3 4GB" is not one. */
const UK_AREAS =
  'AB|AL|B|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE';
const UK_POSTCODE_BODY = `(?:${UK_AREAS})\\d[A-Z\\d]? \\d[A-Z]{2}`;
const UK_POSTCODE = new RegExp(`(?<![A-Za-z0-9])${UK_POSTCODE_BODY}(?![A-Za-z0-9])`, 'g');

/** US and UK: "221B Baker Street, London NW1 6XE", "1600 Pennsylvania Ave NW, Apt 4", "12 Elm St, Springfield, IL 62704". */
const STREET_SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Close|Crescent|Gardens|Grove|Square|Mews';
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
const ENGLISH = new RegExp(
  `${WORD_BEFORE}\\d{1,5}[A-Za-z]?,? (?:${NAME} ){1,3}(?:${STREET_SUFFIX})${WORD_AFTER}\\.?(?: (?:NW|NE|SW|SE|N|S|E|W)${WORD_AFTER})?(?:,? (?:Apt|Apartment|Suite|Unit|Flat) ?#?[\\p{L}\\p{N}]+)?(?:, (?:${NAME} ){0,2}${NAME}(?:, (?:${US_STATES}) \\d{5}(?:-\\d{4})?|,? ${UK_POSTCODE_BODY})${WORD_AFTER})?`,
  'gu',
);
/** A US city, state and ZIP code on their own: "Springfield, IL 62704". */
const US_CITY_ZIP = new RegExp(
  `${WORD_BEFORE}(?:${NAME} ){0,2}${NAME}, (?:${US_STATES}) \\d{5}(?:-\\d{4})?${WORD_AFTER}`,
  'gu',
);

/** France: "12 rue de la Paix", "5 bis avenue Foch, 75116 Paris". */
const FRANCE = new RegExp(
  `${WORD_BEFORE}\\d{1,4}(?: ?(?:bis|ter))?,? (?:${FRENCH_WAYS})(?: (?:de la|de l'|des|du|de|d'|la|le|les))? ?\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,3}(?:,? \\d{5} \\p{Lu}[\\p{L}-]+)?`,
  'gu',
);

/**
 * Each pattern with text it cannot match without, searched first: the address patterns try every capital
 * letter or number of the post, and most posts hold no street word at all.
 */
const PATTERNS: readonly (readonly [needs: RegExp, pattern: RegExp])[] = [
  [new RegExp(GERMAN_WAYS, 'i'), GERMANY],
  [new RegExp(`(?:${STREET_SUFFIX})${WORD_AFTER}`, 'u'), ENGLISH],
  [/, [A-Z]{2} \d{5}/, US_CITY_ZIP],
  [/ \d[A-Z]{2}/, UK_POSTCODE],
  [new RegExp(FRENCH_WAYS), FRANCE],
];

/**
 * A postal address: a street with its house number (Germany, US, UK, France), a US city with state and ZIP
 * code, or a UK postcode. The brand's own published address is left alone.
 */
export const privacyAddress: Check = (draft) => {
  if (!/\d/.test(draft.text)) return [];
  const spans: { start: number; end: number }[] = [];
  for (const [needs, pattern] of PATTERNS) {
    if (!needs.test(draft.text)) continue;
    for (const match of draft.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlapsAny(spans, start, end) || isOwnContact(draft, 'text', match[0])) continue;
      spans.push({ start, end });
    }
  }
  return spans
    .sort((a, b) => a.start - b.start)
    .map((span): Finding => privacyFinding(draft, 'privacy-address', span, 'error', 'A postal address'));
};
