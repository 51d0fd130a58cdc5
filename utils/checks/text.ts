/**
 * Text helpers shared by the rule kinds. Everything works on UTF-16 offsets into the draft as given, because
 * the overlay highlights `text.slice(start, end)` in the composer's own text.
 */

export type EntityKind = 'url' | 'mention' | 'hashtag';
export interface Span {
  start: number;
  end: number;
}
export interface Entity extends Span {
  kind: EntityKind;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
/** A letter, mark, digit or underscore in any script: what "inside a word" means for boundaries. */
export const WORD_CHAR_CLASS = '[\\p{L}\\p{M}\\p{N}_]';
/**
 * The right-hand word boundary inside a word-bounded pattern: ASCII only, because a `\p{…}` class costs about
 * 2 ms to compile per expression (2,000 rules took 4 s on their first check). `findAll` checks the boundary
 * in any script after each match.
 */
export const WORD_END = '(?!\\w)';
/**
 * Vale's right-hand `\b` (its `\b(?:…)\b`, definition.go `wordTemplate`): a boundary, where one side is a
 * word character and the other is not, so a match that ends in punctuation (`left-`) needs a word after it.
 * ASCII `\b` here, or any non-ASCII neighbour, where `findAll` decides in Unicode after the match (Vale's
 * regexp2 counts letters, marks and digits of every script as word characters).
 */
export const VALE_WORD_END = '(?:\\b|(?<=[^\\x00-\\x7f])|(?=[^\\x00-\\x7f]))';
/** `true`: whole words (nothing of a word glued on); `'vale'`: Vale's `\b(?:…)\b`. */
export type WordBounds = boolean | 'vale';

const TLDS =
  'com|net|org|io|co|de|fr|uk|app|ly|to|me|shop|store|in|eu|tv|gg|link|page|site|us|ca|au|es|it|nl';
const ENTITY_PATTERN = new RegExp(
  [
    // URLs with a scheme or www, and bare domains with a common TLD (X and Mastodon count those as links too).
    `(?<url>(?:https?:\\/\\/|www\\.)[^\\s<>"“”]+|(?<![\\p{L}\\p{N}@.-])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:${TLDS})\\b(?:\\/[^\\s<>"“”]*)?)`,
    // @handles, including Mastodon's @user@domain and Reddit's u/ and r/.
    `(?<mention>(?<![\\p{L}\\p{N}_@.])@[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_](?:@[a-z0-9.-]+\\.[a-z]{2,})?|(?<![\\p{L}\\p{N}_/])[ur]\\/[A-Za-z0-9_]{2,})`,
    // #hashtags in any script (＃ is the full-width form used in CJK posts), not "#1" alone.
    `(?<hashtag>(?<![\\p{L}\\p{N}_&#])[#＃][\\p{L}\\p{M}\\p{N}_]*[\\p{L}\\p{M}_][\\p{L}\\p{M}\\p{N}_]*)`,
  ].join('|'),
  'giu',
);

/** The characters JavaScript's `\s` matches. */
/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Any of the phrases as whole words, case-insensitively: not inside a longer word (`acme` is not found in
 * `acmeshop`), whitespace inside a phrase matching any run of it. Null for no phrases.
 */
export function wholePhrases(phrases: readonly string[]): RegExp | null {
  const alternatives = phrases
    .map((phrase) => escapeRegExp(phrase.trim()).replace(/\s+/g, '\\s+'))
    .filter(Boolean);
  return alternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu')
    : null;
}

export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * What an entity needs somewhere in its whitespace-free chunk: a hashtag `#` or `＃`, a handle `@` (or the `/`
 * of Reddit's u/ and r/), a link `/`, `www.` or a dot before a letter (a top-level domain; any non-ASCII
 * character may fold to a domain's letter under the pattern's Unicode case-insensitivity). "end." and "1.5"
 * are not markers, and prose is mostly such chunks.
 */
const ENTITY_MARKER = /[#＃@/]|\.[a-z\u0080-\uffff]|www\./gi;

/** Sentence punctuation after a link or handle, which is not part of it. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]'"’”]/;

/** URLs, @handles and #hashtags in order of appearance. */
export function findEntities(text: string): Entity[] {
  const entities: Entity[] = [];
  // The full pattern is costly, so it runs only on the whitespace-separated chunks holding a marker, found by
  // one native scan (a character loop in script costs more). No lookbehind in the pattern reaches across
  // whitespace.
  let covered = 0;
  ENTITY_MARKER.lastIndex = 0;
  for (let found = ENTITY_MARKER.exec(text); found !== null; found = ENTITY_MARKER.exec(text)) {
    let start = found.index;
    while (start > covered && !isSpace(text.charCodeAt(start - 1))) start -= 1;
    let end = found.index + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end += 1;
    covered = end;
    ENTITY_MARKER.lastIndex = end;
    entitiesIn(text, start, end, entities);
  }
  return entities;
}

function entitiesIn(text: string, offset: number, end: number, into: Entity[]): void {
  const chunk = text.slice(offset, end);
  ENTITY_PATTERN.lastIndex = 0;
  for (let match = ENTITY_PATTERN.exec(chunk); match !== null; match = ENTITY_PATTERN.exec(chunk)) {
    const groups = match.groups ?? {};
    const kind: EntityKind = groups.url ? 'url' : groups.mention ? 'mention' : 'hashtag';
    const start = offset + match.index;
    let stop = start + match[0].length;
    while (stop > start + 1 && TRAILING_PUNCTUATION.test(text[stop - 1] ?? '')) stop -= 1;
    into.push({ kind, start, end: stop });
  }
}

/**
 * The entity a match falls inside, when the rule did not aim at it: a match that starts inside a handle,
 * hashtag or URL (or covers only the start of a URL) is not the writer's prose.
 */
export function isInsideEntity(entities: readonly Entity[], start: number, end: number): boolean {
  let low = 0;
  let high = entities.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const entity = entities[mid] as Entity;
    if (entity.end <= start) low = mid + 1;
    else if (entity.start > start) high = mid - 1;
    else {
      if (start > entity.start) return true;
      return entity.kind === 'url' && end < entity.end;
    }
  }
  return false;
}

/** Whether the code point ending just before `index` is part of a word. */
export function wordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const char =
    low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.charAt(index - 1);
  return WORD_CHAR.test(char);
}

export function wordCharAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.codePointAt(index) ?? 0;
  return WORD_CHAR.test(String.fromCodePoint(code));
}

/**
 * A pattern whose matches can differ with the `u` flag: anything beyond ASCII, Unicode escapes, and every
 * construct that could match half of a surrogate pair (`.`, negated classes and sets) or needs `u` syntax.
 */
const NEEDS_UNICODE = /[\u0080-\uffff]|\\[pPuDSWB]|(?<!\\)\.|\[\^|\(\?<[^=!]|\\k</;

/** Whether a pattern needs the `u` flag to match as written. */
export function needsUnicode(body: string): boolean {
  return NEEDS_UNICODE.test(body);
}

/**
 * `m`: Vale wraps patterns in `(?m)`, so `^` and `$` match at every line of the post. `u` only where it can
 * change a match: a long word list compiles four times faster without it under `i`.
 */
export function patternFlags(unicode: boolean, ignorecase: boolean, sticky: boolean): string {
  return `g${ignorecase ? 'i' : ''}m${unicode ? 'u' : ''}${sticky ? 'y' : ''}`;
}

/** Per flag combination; a brand may hold 2,000 rules, each with a handful of patterns. */
const MAX_COMPILED = 20_000;

const FLAG_KEYS = ['---', '--y', '-w-', '-wy', 'i--', 'i-y', 'iw-', 'iwy'];
const VALE_KEYS = ['-v-', '-vy', 'iv-', 'ivy'];

/** By flags, then by pattern: the pattern strings are reused objects, so their hashes are cached. */
const compiled = new Map<string, Map<string, RegExp | null>>();

/**
 * Compiles a user pattern once. Word-bounded patterns get an ASCII right-hand boundary lookahead (so `cat` does
 * not stop `cats` from matching); both boundaries in every script are checked by `findAll` (utils/checks/find.ts). Invalid patterns compile to null
 * so an unvalidated guideline can never make the engine throw.
 */
export function compilePattern(
  source: string,
  ignorecase: boolean,
  wordBounded: WordBounds,
  sticky = false,
  /** A lookbehind put before the whole expression (find.ts `leadingRun`). */
  gate = '',
): RegExp | null {
  const key =
    wordBounded === 'vale'
      ? VALE_KEYS[(ignorecase ? 2 : 0) + (sticky ? 1 : 0)]
      : FLAG_KEYS[(ignorecase ? 4 : 0) + (wordBounded ? 2 : 0) + (sticky ? 1 : 0)];
  const flags = `${key}${gate}`;
  let byPattern = compiled.get(flags);
  if (!byPattern) {
    byPattern = new Map();
    compiled.set(flags, byPattern);
  }
  const cached = byPattern.get(source);
  if (cached !== undefined) return cached;
  let regex: RegExp | null;
  try {
    const plain = plainQuantifiers(source);
    const body = wordBounded ? `(?:${plain})${wordBounded === 'vale' ? VALE_WORD_END : WORD_END}` : plain;
    regex = new RegExp(`${gate}${body}`, patternFlags(needsUnicode(body), ignorecase, sticky));
  } catch {
    regex = null;
  }
  // A bounded cache that drops its oldest entry: clearing it all at once made a brand with thousands of
  // patterns recompile every one of them on every check.
  if (byPattern.size >= MAX_COMPILED) byPattern.delete(byPattern.keys().next().value as string);
  byPattern.set(source, regex);
  return regex;
}

/**
 * `{1,}` as `+` and `{0,}` as `*` (lazy forms too): the same quantifiers, but V8 runs the braced form as a
 * counted loop, which took Microsoft's OxfordComma pattern 408 µs instead of 229 µs on a 3,000-character post.
 * Escapes and character classes are left as they are.
 */
export function plainQuantifiers(source: string): string {
  if (!source.includes(',}')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === '\\') {
      out += source.slice(i, i + 2);
      i += 1;
    } else if (inClass) {
      inClass = char !== ']';
      out += char;
    } else if (char === '[') {
      inClass = true;
      out += char;
    } else if (char === '{' && (source.startsWith('{1,}', i) || source.startsWith('{0,}', i))) {
      out += source[i + 1] === '1' ? '+' : '*';
      i += 3;
    } else out += char;
  }
  return out;
}

/**
 * Where a scan goes on after a match it does not keep, one character after `index`: past a whole surrogate
 * pair for a `u` expression, which otherwise steps back to the pair's start and finds the same match again
 * forever (an empty match before an emoji hung the check).
 */
export function nextIndex(text: string, index: number, regex: RegExp): number {
  return regex.unicode && charWidth(text, index) === 2 ? index + 2 : index + 1;
}

/** Vale's `%s` placeholders, filled in order. */
export function formatMessage(message: string, ...values: string[]): string {
  let at = message.indexOf('%s');
  if (at < 0) return message;
  let out = '';
  let from = 0;
  for (let index = 0; at >= 0; index++) {
    out += message.slice(from, at) + (values[Math.min(index, values.length - 1)] ?? '');
    from = at + 2;
    at = message.indexOf('%s', from);
  }
  return out + message.slice(from);
}

/**
 * The spans of whitespace-separated chunks that hold `marker`, in order: a pattern that matches no
 * whitespace and needs the marker (an e-mail address needs "@") can run on these alone.
 */
export function chunksWith(text: string, marker: string): Span[] {
  const chunks: Span[] = [];
  let covered = 0;
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, Math.max(at + 1, covered))) {
    let start = at;
    while (start > covered && !isSpace(text.charCodeAt(start - 1))) start -= 1;
    let end = at + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end += 1;
    chunks.push({ start, end });
    covered = end;
  }
  return chunks;
}

/** Frequent function words per language; a word several languages share counts a share to each. */
const STOPWORDS: Record<string, string> = {
  en: 'the and is you to of this my for with it in a i are was that have be on at your so just our we',
  de: 'der die und das ist ich nicht mit ein eine für auf mein meine zu den dem sich auch es sind wir ihr euch von bei',
  fr: 'le la les et est je des une pour avec mon ma du pas que qui dans sur ce vous nous au aux très un mes',
  es: 'el la los y es que de una para con mi por las muy del se lo en como pero más está este un mis',
  it: 'il la che e di è una per con mio mia non sono gli della del le un nel questo molto anche ma ho ed',
  pt: 'o a que e de um uma para com meu minha não os é muito do da no na em mais as ao você dos',
  nl: 'de het en een is ik van voor met niet mijn dat op zijn je ook maar wij ze deze dit',
  pl: 'i w na z się nie to jest że do jak ale o dla mój moja po przez już są mi',
};
const STOPWORD_LANG = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const word of words.split(' ')) STOPWORD_LANG.set(word, [...(STOPWORD_LANG.get(word) ?? []), lang]);
}
/** Letters that mark a language, and what each occurrence adds to its score. */
const LETTER_HINTS: readonly [RegExp, string, number][] = [
  [/ñ|¿|¡/g, 'es', 2],
  [/[ãõ]|ção|ções/g, 'pt', 2],
  [/ß/g, 'de', 2],
  [/[äöü]/g, 'de', 0.5],
  [/[łąęśźżćń]/g, 'pl', 2],
  [/[êâîôûœ]|ç(?!ão|ões)/g, 'fr', 0.5],
  [/[ìò]|à\b|è\b|ù\b/g, 'it', 0.5],
  [/ij/g, 'nl', 0.3],
];

export type Language = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl' | 'hi' | 'und';

/**
 * The draft's language from its function words and the letters only some languages use (Devanagari counts
 * as Hindi). Small and synchronous on purpose: franc and friends cost more than a content script has room
 * for, and disclosure only needs the languages it has labels for. Measured on franc's UDHR fixtures
 * (tests/conformance/franc-udhr). 'und' when there is too little text to tell.
 */
export function detectLanguage(text: string, lower: string, words: readonly Span[]): Language {
  const scores = new Map<string, number>();
  const add = (lang: string, points: number) => scores.set(lang, (scores.get(lang) ?? 0) + points);
  let devanagari = 0;
  let latin = 0;
  // 150 words tell a post's language; more only cost time on long drafts.
  const sample = Math.min(words.length, 150);
  for (let i = 0; i < sample; i++) {
    const span = words[i] as Span;
    const word =
      lower.length === text.length
        ? lower.slice(span.start, span.end)
        : text.slice(span.start, span.end).toLowerCase();
    const code = word.charCodeAt(0);
    if (code >= 0x900 && code <= 0x97f) devanagari += 1;
    else latin += 1;
    const langs = STOPWORD_LANG.get(word);
    if (langs) for (const lang of langs) add(lang, 1 / langs.length);
  }
  if (devanagari > latin && devanagari > 0) return 'hi';
  const head = lower.length > 1000 ? lower.slice(0, 1000) : lower;
  for (const [pattern, lang, points] of LETTER_HINTS) {
    const found = head.match(pattern);
    if (found) add(lang, Math.min(found.length, 6) * points);
  }
  let best: string = 'und';
  let bestScore = 1;
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best as Language;
}

/** UTF-8 length without TextEncoder allocations; a lone surrogate counts 3 bytes, as it encodes to U+FFFD. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export interface WordIndex {
  /** Every run of letters, marks, digits and underscores, in order. */
  words: Span[];
  /** Where words (and #hashtags, @handles) start, by their first two characters, lowercased. */
  byFirstTwo: Map<string, number[]>;
  /**
   * Where each word starts, by the word in lower case (with ſ as s, which case-insensitive Unicode patterns
   * match as s), so a word list looks only at its own words.
   */
  byWord: Map<string, number[]>;
  /** The keys of `byFirstTwo` that start with this character. */
  keysStartingWith(char: string): string[];
}

/** One pass over the draft that lets word-bounded rules look only where a word starts with the right letters. */
export function indexWords(text: string, lower: string): WordIndex {
  // Lower-casing can change the length (İ → i̇); then keys are taken word by word instead.
  const sameLength = lower.length === text.length;
  const words: Span[] = [];
  const byFirstTwo = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const keysByFirst = new Map<string, string[]>();
  const keysStartingWith = (char: string): string[] => {
    if (keysByFirst.size === 0) {
      for (const key of byFirstTwo.keys()) {
        const list = keysByFirst.get(key.charAt(0));
        if (list) list.push(key);
        else keysByFirst.set(key.charAt(0), [key]);
      }
    }
    return keysByFirst.get(char) ?? [];
  };
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (list) list.push(at);
    else map.set(key, [at]);
  };
  const register = (at: number) => {
    add(byFirstTwo, sameLength ? lower.substr(at, 2) : text.substr(at, 2).toLowerCase(), at);
  };
  // A hand-written scan (ASCII decided without a regular expression) instead of matching
  // /[\p{L}\p{M}\p{N}_]+/gu: this runs on every check, before every word-bounded rule.
  // ASCII is decided by a table lookup in the loop itself; other characters by isWordCharAt.
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (ASCII_WORD[code] === 0) {
        i += 1;
        continue;
      }
    } else {
      const width = charWidth(text, i);
      if (!isWordCharAt(text, i, width)) {
        i += width;
        continue;
      }
    }
    const start = i;
    while (i < length) {
      const next = text.charCodeAt(i);
      if (next < 0x80) {
        if (ASCII_WORD[next] === 0) break;
        i += 1;
      } else {
        const width = charWidth(text, i);
        if (!isWordCharAt(text, i, width)) break;
        i += width;
      }
    }
    words.push({ start, end: i });
    const folded = sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
    add(byWord, folded.includes('ſ') ? folded.replaceAll('ſ', 's') : folded, start);
    const before = text.charAt(start - 1);
    if (before === '#' || before === '＃' || before === '@') register(start - 1);
    register(start);
  }
  return { words, byFirstTwo, byWord, keysStartingWith };
}

/** 1 for the ASCII word characters (`isWordCharAt`): letters, digits, underscore. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++)
  ASCII_WORD[code] = /[A-Za-z0-9_]/.test(String.fromCharCode(code)) ? 1 : 0;

/** 2 for a surrogate pair, else 1. */
function charWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

function isWordCharAt(text: string, at: number, width: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) {
    return (
      (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
    );
  }
  return WORD_CHAR.test(width === 2 ? text.slice(at, at + 2) : text.charAt(at));
}
