/**
 * Title case and sentence case as Vale checks them: the converters of github.com/jdkato/twine (strcase/title.go,
 * strcase/sentence.go, internal/string.go at commit 7c384cdfeb3678878c33195c2b035e7d385c3e46, MIT licence,
 * © 2023 Joseph Kato) and Vale's comparison of a text with its converted form (internal/check/variables.go,
 * `title` and `sentence`, errata-ai/vale at bb78a32).
 *
 * One difference: twine's AP style capitalizes "to" before a verb (an infinitive), which it learns from a
 * part-of-speech tagger; OnBrand has no tagger, so "to" is always a small word, lower-cased inside a title.
 */

const SMALL_WORDS = new Set(
  'a an and as at but by en for if in nor of on or per the to vs vs. via v v.'.split(' '),
);
const PREPOSITIONS = new Set(
  'with from into during including until against among throughout despite towards upon concerning about over through before between after since without under within along following across beyond around down near above'.split(
    ' ',
  ),
);

/** twine's `sanitizer`, one character for one so offsets stay (the ellipsis becomes one `.`, not three). */
const SANITIZE: Readonly<Record<string, string>> = {
  '\u201c': '"',
  '\u201d': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '.',
};

/** twine's `internal.CharAt`: out of range it answers the first character. */
function charAt(s: string, i: number): string {
  return i >= 0 && i < s.length ? (s[i] as string) : (s[0] ?? '');
}

/** twine's `internal.ToTitle`: the first character upper-cased; with `strict`, the rest lower-cased. */
function toTitle(word: string, strict: boolean): string {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  const rest = word.slice(first.length);
  return first.toUpperCase() + (strict ? rest.toLowerCase() : rest);
}

/** Go's `strings.Title`: every letter after a non-letter upper-cased ("isn't" becomes "Isn'T"). */
export function goTitle(s: string): string {
  return s.replace(
    /(^|[^\p{L}\p{N}_])(\p{L})/gu,
    (_m, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

export interface CaseOptions {
  /** Words written exactly so (Vale's `exceptions`), longest first (twine's `UsingVocab` sorts them so). */
  vocab: readonly string[];
  /** Vale's `prefix`: a leading match that is left as it is. */
  prefix?: RegExp;
  /** Vale's `indicators`: suffixes after which the next word starts a sentence. */
  indicators: readonly string[];
  style: 'AP' | 'Chicago';
}

/** twine tests each vocabulary entry as an unanchored expression too (`regexp2.MatchString(token, s)`). */
function vocabPatternsOf(vocab: readonly string[]): (RegExp | null)[] {
  return vocab.map((term) => {
    try {
      return new RegExp(term, 'u');
    } catch {
      return null;
    }
  });
}

function inVocab(vocab: readonly string[], vocabPatterns: readonly (RegExp | null)[], word: string): string {
  for (const [i, token] of vocab.entries()) {
    if (token.toLowerCase() === word.toLowerCase()) return token;
    if (vocabPatterns[i]?.test(word)) return word;
  }
  return '';
}

function splitPrefix(s: string, prefix: RegExp | undefined): [string, string] {
  if (!prefix) return ['', s];
  const found = prefix.exec(s);
  if (!found || !s.startsWith(found[0])) return ['', s];
  return [found[0], s.slice(found[0].length)];
}

const TITLE_WORD = /[\p{N}\p{L}]+[^\s\-/]*/gu;

/** twine's `TitleConverter.Convert`. */
export function titleConverter(options: CaseOptions): (input: string) => string {
  const vocabPatterns = vocabPatternsOf(options.vocab);
  return (input) => toTitleCase(input, options, vocabPatterns);
}

function toTitleCase(input: string, options: CaseOptions, vocabPatterns: readonly (RegExp | null)[]): string {
  const [prefix, s] = splitPrefix(input, options.prefix);
  const t = s.replace(/[\u201c\u201d\u2018\u2019\u2013\u2014\u2026]/g, (c) => SANITIZE[c] as string);
  const end = t.length;
  let idx = 0;
  return (
    prefix +
    s.replace(TITLE_WORD, (m) => {
      const sm = m.toLowerCase();
      const found = t.indexOf(m, idx);
      const pos = found < 0 ? idx - 1 : found;
      const prev = charAt(t, pos - 1);
      idx = pos + m.length;
      const vocab = inVocab(options.vocab, vocabPatterns, m);
      if (vocab) return vocab;
      const bounding = pos === 0 || idx === end;
      const small =
        !bounding && (SMALL_WORDS.has(sm) || (options.style === 'Chicago' && PREPOSITIONS.has(sm)));
      if (
        small &&
        (prev === ' ' || prev === '-' || prev === '/') &&
        charAt(t, pos - 2) !== ':' &&
        charAt(t, pos - 2) !== '-' &&
        (charAt(t, pos + m.length) !== '-' || charAt(t, pos - 1) === '-')
      ) {
        return sm;
      }
      return toTitle(m, false);
    })
  );
}

/** Vale's `wasIndicator`: a listed suffix, or a numbered-list mark (`1.`) as the first word. */
function isIndicator(word: string, index: number, indicators: readonly string[]): boolean {
  return indicators.some((suffix) => word.endsWith(suffix)) || (index === 0 && /\d+\./.test(word));
}

/** twine's `SentenceConverter.Convert`. */
export function sentenceConverter(options: CaseOptions): (input: string) => string {
  const vocabPatterns = vocabPatternsOf(options.vocab);
  const word = '[\\p{N}\\p{L}*]+[^\\s]*';
  const vocab = options.vocab.join('|');
  const tokenizer = new RegExp(
    vocab ? `(?<![\\p{L}\\p{N}_])(?:${vocab})(?![\\p{L}\\p{N}_])|${word}` : word,
    'giu',
  );
  return (input) => toSentenceCase(input, options, vocabPatterns, tokenizer);
}

function toSentenceCase(
  input: string,
  options: CaseOptions,
  vocabPatterns: readonly (RegExp | null)[],
  tokenizer: RegExp,
): string {
  const [prefix, s] = splitPrefix(input, options.prefix);
  const tokens = s.match(tokenizer) ?? [];
  const made = tokens.map((token, i) => {
    const entry = inVocab(options.vocab, vocabPatterns, token);
    if (entry) return entry;
    if (i === 0 || isIndicator(tokens[i - 1] as string, i - 1, options.indicators))
      return toTitle(token, true);
    return token.toLowerCase();
  });
  return prefix + made.join(' ');
}
