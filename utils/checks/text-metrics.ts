import { sentenceSpans } from './blocks';
import type { MetricValues } from './metric-formula';

/**
 * The counts behind Vale's `metric` rules, as Vale computes them: `summarize.NewDocument` and `Syllables`
 * from github.com/jdkato/twine (summarize/summarize.go and summarize/syllables.go at commit
 * 7c384cdfeb3678878c33195c2b035e7d385c3e46, MIT licence, © 2023 Joseph Kato). The syllable rules and the
 * corner cases below are that file's, unchanged.
 *
 * One difference: twine splits sentences with a Punkt model trained on English text; OnBrand splits them as
 * blocks.ts says.
 */

const CORNER_CASES: ReadonlyMap<string, number> = new Map(
  (
    'abalone:4 abare:3 abed:2 abruzzese:4 abbruzzese:4 aborigine:5 aborigines:5 acreage:3 adame:3 adieu:2 ' +
    'adobe:3 anemone:4 apache:3 aphrodite:4 apostrophe:4 ariadne:4 cafe:2 cafes:2 calliope:4 catastrophe:4 ' +
    'chile:2 chloe:2 circe:2 coyote:3 epitome:4 facsimile:4 forever:3 gethsemane:4 guacamole:4 hyperbole:4 ' +
    'jesse:2 jukebox:2 karate:3 machete:3 maybe:2 people:2 recipe:3 sesame:3 shoreline:2 simile:3 syncope:3 ' +
    'tamale:3 yosemite:4 daphne:2 eurydice:4 euterpe:3 hermione:4 penelope:4 persephone:4 phoebe:2 zoe:2'
  )
    .split(' ')
    .map((entry) => {
      const [word, count] = entry.split(':');
      return [word as string, Number(count)] as const;
    }),
);

const MONOSYLLABIC_ONE = new RegExp(
  'cia(l|$)|tia|cius|cious|[^aeiou]giu|[aeiouy][^aeiouy]ion|iou|sia$|eous$|[oa]gue$|.[^aeiuoycgltdb]{2,}ed$|' +
    '.ely$|^jua|uai|eau|^busi$|' +
    '([aeiouy](b|c|ch|dg|f|g|gh|gn|k|l|lch|ll|lv|m|mm|n|nc|ng|nch|nn|p|r|rc|rn|rs|rv|s|sc|sk|sl|squ|ss|th|v|y|z)ed$)|' +
    '([aeiouy](b|ch|d|f|gh|gn|k|l|lch|ll|lv|m|mm|n|nch|nn|p|r|rn|rs|rv|s|sc|sk|sl|squ|ss|st|t|th|v|y)es$)',
  'g',
);
const MONOSYLLABIC_TWO =
  /[aeiouy](b|c|ch|d|dg|f|g|gh|gn|k|l|ll|lv|m|mm|n|nc|ng|nn|p|r|rc|rn|rs|rv|s|sc|sk|sl|squ|ss|st|t|th|v|y|z)e$/g;
const DOUBLE_SYLLABIC_ONE =
  /(?:[^aeiouy]ie(r|st|t)|[aeiouym]bl|eo|ism|asm|thm|dnt|uity|dea|gean|oa|ua|eings?|[aeiouy]sh?e[rsd])$/g;
const DOUBLE_SYLLABIC_TWO = /[^gq]ua[^auieo]|[aeiou]{3}|^(ia|mc|coa[dglx].)/g;
const DOUBLE_SYLLABIC_THREE =
  /[^aeiou]y[ae]|[^l]lien|riet|dien|iu|io|ii|uen|real|iell|eo[^aeiou]|[aeiou]y[aeiou]/g;
const DOUBLE_SYLLABIC_FOUR = /[^s]ia/g;
const VOWEL_GROUPS = /[aeiouy]+/g;

const PREFIX_GROUPS: readonly (readonly string[])[] = [
  'above anti ante counter hyper afore agri infra intra inter over semi ultra under extra dia micro mega kilo pico nano macro'.split(
    ' ',
  ),
  'un fore ware none non out post sub pre pro dis side'.split(' '),
];
const SUFFIX_GROUPS: readonly (readonly string[])[] = [
  'ology ologist onomy onomist'.split(' '),
  'fully berry woman women'.split(' '),
  'ly less some ful er ers ness cian cians ment ments ette ettes ville villes ships ship side sides port ports shire shires tion tioned'.split(
    ' ',
  ),
];

/** twine's `clearPart`: the first group with a matching affix trims it and adds (groups - index) syllables. */
function clearPart(word: string, groups: readonly (readonly string[])[], prefix: boolean): [string, number] {
  for (const [i, group] of groups.entries()) {
    for (const affix of group) {
      if (prefix ? word.startsWith(affix) : word.endsWith(affix)) {
        return [
          prefix ? word.slice(affix.length) : word.slice(0, word.length - affix.length),
          groups.length - i,
        ];
      }
    }
  }
  return [word, 0];
}

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

/** twine's `Syllables(word)`. */
export function syllables(word: string): number {
  const length = [...word].length;
  if (length < 1) return 0;
  if (length < 3) return 1;
  const lower = word.toLowerCase();
  const known = CORNER_CASES.get(lower);
  if (known !== undefined) return known;
  const [afterPrefix, prefixCount] = clearPart(lower, PREFIX_GROUPS, true);
  const [text, suffixCount] = clearPart(afterPrefix, SUFFIX_GROUPS, false);
  let total = prefixCount + suffixCount + count(VOWEL_GROUPS, text);
  total -= count(MONOSYLLABIC_ONE, text) + count(MONOSYLLABIC_TWO, text);
  total +=
    count(DOUBLE_SYLLABIC_ONE, text) +
    count(DOUBLE_SYLLABIC_TWO, text) +
    count(DOUBLE_SYLLABIC_THREE, text) +
    count(DOUBLE_SYLLABIC_FOUR, text);
  return total < 1 ? 1 : total;
}

/** twine's `NewWordBoundaryTokenizer`. */
const WORD = /(?:[A-Z]\.){2,}|[\p{N}\p{L}']+/gu;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** Go's `len(word)`, which counts UTF-8 bytes. */
function utf8Length(word: string): number {
  let bytes = 0;
  for (const char of word) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** twine's `isComplex`: more than two syllables once a common suffix is taken off. */
function isComplex(word: string, count: number): boolean {
  const n = /(?:es|ed|ing)$/.test(word) ? count - 1 : count;
  return n > 2;
}

/** `File.ComputeMetrics` for a post: null when it has no words (Vale then says nothing). */
export function computeMetrics(text: string): MetricValues | null {
  let words = 0;
  let sentences = 0;
  let syllableCount = 0;
  let characters = 0;
  let complexWords = 0;
  let longWords = 0;
  let polysyllabic = 0;
  const paragraphs = text.split('\n\n');
  for (const paragraph of paragraphs) {
    for (const span of sentenceSpans(paragraph)) {
      const sentence = paragraph.slice(span.start, span.end);
      sentences += 1;
      for (const [word] of sentence.matchAll(WORD)) {
        for (const char of word) if (LETTER_OR_NUMBER.test(char)) characters += 1;
        if (utf8Length(word) > 6) longWords += 1;
        const n = syllables(word);
        syllableCount += n;
        if (n > 2) polysyllabic += 1;
        if (isComplex(word, n)) complexWords += 1;
        words += 1;
      }
    }
  }
  if (words === 0) return null;
  return {
    words,
    sentences,
    syllables: syllableCount,
    characters,
    complex_words: complexWords,
    long_words: longWords,
    polysyllabic_words: polysyllabic,
    paragraphs: paragraphs.length - 1,
    pre: 0,
    list: 0,
    blockquote: 0,
    heading_h1: 0,
    heading_h2: 0,
    heading_h3: 0,
    heading_h4: 0,
    heading_h5: 0,
    heading_h6: 0,
  };
}
