import { draftBlocks } from './blocks';
import type { DraftContext } from './context';
import { mayMatch } from './required-text';
import {
  compilePattern,
  isInsideEntity,
  needsUnicode,
  nextIndex,
  patternFlags,
  plainQuantifiers,
  type Span,
  VALE_WORD_END,
  WORD_END,
  type WordBounds,
  wordCharAt,
  wordCharBefore,
} from './text';

export interface Match extends Span {
  text: string;
  /** The first capture group that took part in the match (1-based), 0 when none did. */
  group?: number;
}

/** Substitution builds one alternation with a capture group per key (as Vale does) and reads which one matched. */
function firstGroup(match: RegExpExecArray): number {
  for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return i;
  return 0;
}

export interface FindOptions {
  ignorecase: boolean;
  /**
   * `true`: whole words only (any script), no word character glued on either side. `'vale'`: Vale's
   * `\b(?:…)\b` (existence, substitution, consistency): a boundary at both ends, so a match that starts or
   * ends in punctuation needs a word character on that side (`left-` in "left-aligned", not in "left- and").
   */
  wordBounded: WordBounds;
  /**
   * Keep a match inside a URL when the match holds the URL's own syntax (`://`, `?`, `=`, `&`, `%`): the rule
   * is about the link itself (Red Hat's GitLinks and SessionId), where a word inside a link is not prose.
   * Vale sees links as text, so the Vale kinds set this.
   */
  inLinks?: boolean;
}

/**
 * How Vale's existence, substitution and consistency match: `ignorecase`, `\b(?:…)\b` unless `nonword`
 * (definition.go `makeRegexp`), and links seen as text.
 */
export const valeFindOptions = (rule: { ignorecase?: boolean; nonword?: boolean }): FindOptions => ({
  ignorecase: rule.ignorecase ?? false,
  wordBounded: rule.nonword ? false : 'vale',
  inLinks: true,
});

const URL_SYNTAX = /:\/\/|[?=&%]/;

/** Whether a match is inside a @handle, #hashtag or URL it does not aim at (text.ts `isInsideEntity`). */
function outsideProse(
  draft: DraftContext,
  start: number,
  end: number,
  inLinks: boolean | undefined,
): boolean {
  if (!isInsideEntity(draft.entities, start, end)) return false;
  if (!inLinks || !URL_SYNTAX.test(draft.text.slice(start, end))) return true;
  return !draft.entities.some(
    (entity) => entity.kind === 'url' && entity.start <= start && start < entity.end,
  );
}

/** A word boundary at `index` as Vale's regexp2 has it: a word character on one side only. */
function boundaryAt(text: string, index: number): boolean {
  return wordCharBefore(text, index) !== wordCharAt(text, index);
}

/**
 * Where a word-bounded match may start. Vale's: at a boundary, or (OnBrand's addition) where a #hashtag or
 * @handle starts, so a rule for `#ad` finds the hashtag although `#` after a space is no boundary to Vale.
 * Whole words: not inside a word.
 */
function mayStart(
  text: string,
  entities: DraftContext['entities'],
  start: number,
  bounds: WordBounds,
): boolean {
  if (bounds !== 'vale') return !(wordCharAt(text, start) && wordCharBefore(text, start));
  return (
    boundaryAt(text, start) || entities.some((entity) => entity.start === start && entity.kind !== 'url')
  );
}

/** Where a word-bounded match may end: Vale's boundary, or for whole words not before a word character. */
function mayEnd(text: string, end: number, bounds: WordBounds): boolean {
  return bounds === 'vale' ? boundaryAt(text, end) : !wordCharAt(text, end);
}

/** A draft of 100,000 characters can hold thousands of hits; beyond this many nobody reads them. */
const MAX_MATCHES = 2000;

const prefixes = new Map<string, string[] | null>();

/**
 * The literal characters (one or two) every match of `source` starts with, per top-level alternative, or
 * null when some alternative can start with anything (a class, a group, a wildcard). Used to look for a
 * word-bounded pattern only where a word starts with those characters.
 */
export function literalPrefixes(source: string): string[] | null {
  const cached = prefixes.get(source);
  if (cached !== undefined) return cached;
  const result: string[] = [];
  for (const alternative of splitAlternatives(source)) {
    const inner = groupContents(alternative);
    const found = inner !== null ? literalPrefixes(inner) : literalThenGroup(alternative);
    if (!found || found.some((prefix) => prefix === '')) {
      prefixes.set(source, null);
      return null;
    }
    result.push(...found);
  }
  prefixes.set(source, result);
  return result;
}

/** The top-level alternatives of a pattern: `a|(?:b|c)|d` → `a`, `(?:b|c)`, `d`. */
function splitAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === '\\') {
      current += source.slice(i, i + 2);
      i += 1;
      continue;
    }
    if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) {
      alternatives.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  alternatives.push(current);
  return alternatives;
}

/** `(?:a|b)` → `a|b` when the whole alternative is one group, so a rule's joined tokens split again. */
function groupContents(alternative: string): string | null {
  const open = alternative.startsWith('(?:') ? 3 : /^\((?!\?)/.test(alternative) ? 1 : 0;
  if (open === 0 || !alternative.endsWith(')')) return null;
  let depth = 0;
  for (let i = 0; i < alternative.length; i++) {
    const char = alternative[i];
    if (char === '\\') i += 1;
    else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0 && i < alternative.length - 1) return null;
    }
  }
  return alternative.slice(open, -1);
}

/** A match can only start where a word, #hashtag or @handle starts. */
const FIRST = /[\p{L}\p{N}_#@]/u;
const PLAIN = /[\p{L}\p{N}_#@&' ’-]/u;

/**
 * `#(?:ad|ads)` → `#a`: one literal character followed by a group takes the group's first characters, so
 * hashtag patterns are looked up by their first letter instead of at every hashtag.
 */
function literalThenGroup(alternative: string): string[] | null {
  // `(?:bull|ox)-like`: a leading group (not optional) starts every match with one of its alternatives.
  const lead = leadingGroup(alternative);
  if (lead) return literalPrefixes(lead.inner);
  const literal = leadingLiteral(alternative);
  const rest = alternative.slice(literal.length);
  if (literal.length === 1 && /^[\p{L}\p{N}#@_]$/u.test(literal) && rest.startsWith('(?:')) {
    const close = groupEnd(rest);
    const after = rest[close + 1] ?? '';
    if (close > 0 && after !== '?' && after !== '*' && after !== '{') {
      const inner = literalPrefixes(rest.slice(3, close));
      if (inner) return inner.map((prefix) => `${literal}${prefix[0]}`.toLowerCase());
    }
  }
  return [literal.toLowerCase()];
}

/** `(?:a|b)rest` → `a|b` and `rest`, when the group is not optional or repeated (`+` keeps the start). */
function leadingGroup(alternative: string): { inner: string; rest: string } | null {
  if (!alternative.startsWith('(?:')) return null;
  const close = groupEnd(alternative);
  const after = alternative[close + 1] ?? '';
  if (close < 0 || after === '?' || after === '*' || after === '{') return null;
  return { inner: alternative.slice(3, close), rest: alternative.slice(close + 1) };
}

/** Index of the parenthesis closing the group that starts at 0, or -1. */
function groupEnd(source: string): number {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function leadingLiteral(alternative: string): string {
  let i = alternative.startsWith('\\b') ? 2 : 0;
  let out = '';
  while (out.length < 2 && i < alternative.length) {
    let char = alternative[i] as string;
    let width = 1;
    if (char === '\\') {
      const next = alternative[i + 1] ?? '';
      if (out === '' || !/[.\-#@&' ]/.test(next)) break;
      char = next;
      width = 2;
    } else if (!(out === '' ? FIRST : PLAIN).test(char)) break;
    const after = alternative[i + width] ?? '';
    if (after === '?' || after === '*' || after === '{') break;
    out += char;
    i += width;
    if (after === '+') break;
  }
  return out;
}

/** One alternative of a word-bounded pattern, with the characters its matches start with. */
interface Branch {
  source: string;
  prefixes: readonly string[];
  /** How many capture groups it holds, to name the original group of a match in a smaller expression. */
  groups: number;
  /** The whole first words (lower case) its matches start with, when it spells them out. */
  words: readonly string[] | null;
}

/** The alternatives that can match where a word starts with given characters, as one sticky expression. */
interface Bucket {
  regex: RegExp | null;
  /** The group number in the whole pattern for each group number in `regex` (index 0 unused). */
  groupOf: readonly number[];
}

interface Buckets {
  branches: readonly Branch[];
  /** Every branch's prefixes once. */
  prefixes: readonly string[];
  unicode: boolean;
  ignorecase: boolean;
  wordEnd: string;
  /** Every branch's first words, when every branch spells them out (a word list). */
  words: ReadonlySet<string> | null;
  /** By a draft's two-character word key; null when no branch can match there. */
  byKey: Map<string, Bucket | null>;
  /** By a draft's whole word (lower case), for word lists. */
  byWord: Map<string, Bucket | null>;
  /** By the branches a bucket holds, so keys that select the same branches share one expression. */
  bySelection: Map<string, Bucket>;
  /** Its place in `listsByWord` (word lists only; -1 otherwise), and that index's generation. */
  serial: number;
  generation: number;
}

/** An opening parenthesis that captures: `(` not followed by `?`, or a named group `(?<name>`. */
const CAPTURING = /\\.|\[(?:\\.|[^\]])*\]|\((?!\?)|\(\?<(?![=!])/g;
/** Back-references number or name groups of the whole pattern, which a smaller expression would renumber. */
const BACKREFERENCE = /\\(?:[1-9]|k<)/;

/**
 * A first word spelled out: ASCII letters, digits or underscores, then the end of the alternative or a
 * character that cannot be part of a word (not made optional). Such an alternative can only match where the
 * draft's whole word is that word (case-folded): the word ends there, so a longer word cannot match it.
 */
const FIRST_WORD = /^[A-Za-z0-9_]+/;
const ENDS_WORD = /^(?:[ ,:;'’/-]|\\[s.'-])(?![?*{])/;

/**
 * `endsWord`: whether what follows `source` in the whole pattern ends a word (a space, or the pattern's end),
 * so an alternative that is one bare word may end where `source` ends.
 */
function firstWords(source: string, endsWord = true): string[] | null {
  const words: string[] = [];
  for (const alternative of splitAlternatives(source)) {
    const inner = groupContents(alternative);
    const lead = inner === null ? leadingGroup(alternative) : null;
    let found: string[] | null = null;
    if (inner !== null) found = firstWords(inner, endsWord);
    else if (lead) found = firstWords(lead.inner, lead.rest === '' ? endsWord : ENDS_WORD.test(lead.rest));
    else {
      const word = FIRST_WORD.exec(alternative)?.[0];
      const rest = word ? alternative.slice(word.length) : '';
      if (word && (rest === '' ? endsWord : ENDS_WORD.test(rest))) found = [word.toLowerCase()];
    }
    if (!found) return null;
    words.push(...found);
  }
  return words;
}

function captureCount(source: string): number {
  let count = 0;
  for (const [token] of source.matchAll(CAPTURING)) if (token.startsWith('(')) count += 1;
  return count;
}

/** Keys seen across drafts grow without end over a long session; past this many the tables start over. */
const MAX_BUCKET_KEYS = 4000;
/** By case folding, then by Vale's boundaries or whole words. */
const bucketTables = [0, 1, 2, 3].map(() => new Map<string, Buckets | null>());

/**
 * A word-bounded pattern split into its alternatives, each looked for only where a word starts with its own
 * first characters: a 700-phrase list then tries the handful of phrases that start like the word, instead
 * of all 700 at every word. At one position the expression of the selected alternatives, in their order,
 * matches what the whole pattern matches, because the others cannot match there; so findings stay the same.
 * Null when the pattern cannot be split (one alternative, a back-reference, or no literal start).
 */
function bucketsOf(source: string, ignorecase: boolean, bounds: WordBounds): Buckets | null {
  const table = bucketTables[(ignorecase ? 1 : 0) + (bounds === 'vale' ? 2 : 0)] as Map<
    string,
    Buckets | null
  >;
  const wordEnd = bounds === 'vale' ? VALE_WORD_END : WORD_END;
  const cached = table.get(source);
  if (cached !== undefined) return cached;
  let buckets: Buckets | null = null;
  const alternatives = splitAlternatives(source);
  if (alternatives.length > 1 && !BACKREFERENCE.test(source)) {
    const branches: Branch[] = [];
    for (const alternative of alternatives) {
      const found = literalPrefixes(alternative);
      if (!found) break;
      const words = firstWords(alternative);
      branches.push({
        source: alternative,
        prefixes: [...new Set(found)],
        groups: captureCount(alternative),
        words: words && [...new Set(words)],
      });
    }
    if (branches.length === alternatives.length) {
      buckets = {
        branches,
        prefixes: [...new Set(branches.flatMap((branch) => branch.prefixes))],
        unicode: needsUnicode(`(?:${source})${wordEnd}`),
        ignorecase,
        wordEnd,
        words: branches.every((branch) => branch.words)
          ? new Set(branches.flatMap((branch) => branch.words ?? []))
          : null,
        byKey: new Map(),
        byWord: new Map(),
        bySelection: new Map(),
        serial: -1,
        generation: listsGeneration,
      };
      if (buckets.words) registerWordList(buckets);
    }
  }
  if (table.size >= MAX_BUCKET_KEYS) table.clear();
  table.set(source, buckets);
  return buckets;
}

/** The branches that can match where the draft's word key (two characters) is `key`. */
function bucketForKey(buckets: Buckets, key: string): Bucket | null {
  return bucketWhere(buckets, buckets.byKey, key, (branch) =>
    branch.prefixes.some((prefix) => key.startsWith(prefix)),
  );
}

/** The branches that can match where the draft's whole word is `word`. */
function bucketForWord(buckets: Buckets, word: string): Bucket | null {
  return bucketWhere(buckets, buckets.byWord, word, (branch) => branch.words?.includes(word) ?? false);
}

function bucketWhere(
  buckets: Buckets,
  cache: Map<string, Bucket | null>,
  key: string,
  fits: (branch: Branch) => boolean,
): Bucket | null {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const selected: number[] = [];
  buckets.branches.forEach((branch, index) => {
    if (fits(branch)) selected.push(index);
  });
  let bucket: Bucket | null = null;
  if (selected.length > 0) {
    const selection = selected.join(',');
    bucket = buckets.bySelection.get(selection) ?? null;
    if (!bucket) {
      bucket = compileBucket(buckets, selected);
      buckets.bySelection.set(selection, bucket);
    }
  }
  if (cache.size >= MAX_BUCKET_KEYS) cache.clear();
  cache.set(key, bucket);
  return bucket;
}

function compileBucket(buckets: Buckets, selected: readonly number[]): Bucket {
  const groupOf = [0];
  const chosen = new Set(selected);
  let group = 1;
  buckets.branches.forEach((branch, index) => {
    if (chosen.has(index)) for (let i = 0; i < branch.groups; i++) groupOf.push(group + i);
    group += branch.groups;
  });
  const body = `(?:${plainQuantifiers(selected.map((index) => buckets.branches[index]?.source).join('|'))})${buckets.wordEnd}`;
  let regex: RegExp | null;
  try {
    regex = new RegExp(body, patternFlags(buckets.unicode, buckets.ignorecase, true));
  } catch {
    regex = null;
  }
  return { regex, groupOf };
}

/**
 * Every word list's first words, each with the lists that hold it: one pass over a draft's words then tells
 * every list which of its words the draft has (`wordListHits`), instead of each list comparing its words
 * with the draft's. Lists are registered when compiled; past MAX_LISTED the index starts over (a new
 * generation), and a list compiled since a draft's pass looks for itself.
 */
const listsByWord = new Map<string, Buckets[]>();
let listsRegistered = 0;
let listsGeneration = 0;
const MAX_LISTED = 4000;

function registerWordList(buckets: Buckets): void {
  if (listsRegistered >= MAX_LISTED) {
    listsByWord.clear();
    listsRegistered = 0;
    listsGeneration += 1;
  }
  buckets.serial = listsRegistered++;
  buckets.generation = listsGeneration;
  for (const word of buckets.words ?? []) {
    const lists = listsByWord.get(word);
    if (lists) lists.push(buckets);
    else listsByWord.set(word, [buckets]);
  }
}

interface WordListHits {
  generation: number;
  /** Lists with a serial below this were in the index when the draft was read. */
  upTo: number;
  words: Map<Buckets, string[]>;
}

const NO_WORDS: string[] = [];

function wordListHits(draft: DraftContext): WordListHits {
  return draft.memo('word-lists', '', () => {
    const words = new Map<Buckets, string[]>();
    for (const word of draft.wordIndex.byWord.keys()) {
      const lists = listsByWord.get(word);
      if (!lists) continue;
      for (const list of lists) {
        const found = words.get(list);
        if (found) found.push(word);
        else words.set(list, [word]);
      }
    }
    return { generation: listsGeneration, upTo: listsRegistered, words };
  });
}

/** The draft's words (lower case) that are among the word list's first words. */
function candidateWords(draft: DraftContext, buckets: Buckets): string[] {
  const hits = wordListHits(draft);
  if (buckets.generation === hits.generation && buckets.serial >= 0 && buckets.serial < hits.upTo) {
    return hits.words.get(buckets) ?? NO_WORDS;
  }
  const words = buckets.words as ReadonlySet<string>;
  const { byWord } = draft.wordIndex;
  const found: string[] = [];
  if (words.size < byWord.size) {
    for (const word of words) if (byWord.has(word)) found.push(word);
  } else for (const word of byWord.keys()) if (words.has(word)) found.push(word);
  return found;
}

/** The draft's word keys (first two characters) where one of the prefixes can start. */
function candidateKeys(draft: DraftContext, prefixes: readonly string[]): string[] {
  const { byFirstTwo, keysStartingWith } = draft.wordIndex;
  const keys = new Set<string>();
  for (const prefix of prefixes) {
    if (prefix.length === 2) {
      if (byFirstTwo.has(prefix)) keys.add(prefix);
    } else for (const key of keysStartingWith(prefix)) keys.add(key);
  }
  return [...keys];
}

/** A class, `.` or one of the class escapes, then `+` or `*` (greedy or lazy). */
const LEADING_RUN = /^(\[(?:\\.|[^\]\\])*\]|\\[wWsSdD]|\.)[+*]/;
/** A quantifier that repeats its group at least once (`+`, `{2}`, `{1,3}`), or none. */
const AT_LEAST_ONCE = /^(?:\+|\{[1-9]\d*(?:,\d*)?\}|(?![?*{]))/;

/**
 * The class `C` when every match of `source` begins with a run `C+` or `C*` (inside groups that are not
 * optional and hold no alternatives), and nothing refers back to a group. Then a match at p, where the
 * character before p is in `C`, is also a match at p − 1 (the run takes one more character; the rest
 * matches as before), so a left-to-right scan finds it there first: only positions just after a character
 * not in `C` can start a match, and the scan may skip the others (see `scan`). Null when that is not so.
 */
export function leadingRun(source: string): string | null {
  let run = leadingRuns.get(source);
  if (run === undefined) {
    run = readLeadingRun(source);
    if (leadingRuns.size >= MAX_BUCKET_KEYS) leadingRuns.clear();
    leadingRuns.set(source, run);
  }
  return run;
}

const leadingRuns = new Map<string, string | null>();

function readLeadingRun(source: string): string | null {
  if (BACKREFERENCE.test(source) || splitAlternatives(source).length > 1) return null;
  let rest = source;
  for (;;) {
    const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(rest)?.[0];
    const open = rest.startsWith('(?:') ? 3 : /^\((?!\?)/.test(rest) ? 1 : named ? named.length : 0;
    if (open === 0) break;
    const close = groupEnd(rest);
    if (close < 0) return null;
    const inner = rest.slice(open, close);
    if (splitAlternatives(inner).length > 1 || !AT_LEAST_ONCE.test(rest.slice(close + 1))) return null;
    rest = inner;
  }
  return LEADING_RUN.exec(rest)?.[1] ?? null;
}

/** Whether a pattern occurs anywhere in the draft (not inside an entity it does not start): stops at the first. */
export function exists(draft: DraftContext, source: string, options: FindOptions): boolean {
  const group = options.ignorecase ? 'exists-i' : 'exists';
  return draft.memo(group, source, () => {
    if (!mayMatch(draft.text, source, options.ignorecase)) return false;
    const regex = compilePattern(source, options.ignorecase, false);
    if (!regex) return false;
    regex.lastIndex = 0;
    for (let match = regex.exec(draft.text); match !== null; match = regex.exec(draft.text)) {
      if (match[0].length === 0) regex.lastIndex = nextIndex(draft.text, match.index, regex);
      else if (!isInsideEntity(draft.entities, match.index, match.index + match[0].length)) return true;
    }
    return false;
  });
}

/**
 * The match Vale reports when a match runs past the end of its sentence. Vale lints each sentence as a block
 * of its own (trimmed) before the whole paragraph whenever a loaded rule has `scope: sentence`, and a rule of
 * the default scope `text` runs on both; of two alerts at the same line and column the first is kept
 * (vale-cli/vale `internal/nlp/provider.go` `doNLP`, `internal/check/scope.go` `Matches`,
 * `internal/core/file.go` `AddAlert`). So where the pattern also matches at the same start within the
 * sentence alone (`\w+!(?:\s|$)` gives `amazing!` at the sentence's end, not `amazing! `), that match wins.
 */
export function withinSentence(
  draft: DraftContext,
  source: string,
  options: FindOptions,
  match: Match,
): Match {
  const sentences = draftBlocks(draft, 'sentence');
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((sentences[middle] as { start: number }).start <= match.start) low = middle;
    else high = middle - 1;
  }
  const sentence = sentences[low];
  if (!sentence || sentence.start > match.start || match.end <= sentence.end || match.start >= sentence.end)
    return match;
  const regex = compilePattern(source, options.ignorecase, options.wordBounded, true);
  if (!regex) return match;
  const text = draft.text.slice(0, sentence.end);
  regex.lastIndex = match.start;
  const found = regex.exec(text);
  if (!found || found[0].length === 0) return match;
  const end = match.start + found[0].length;
  if (options.wordBounded && !mayEnd(text, end, options.wordBounded)) return match;
  return { start: match.start, end, text: found[0], group: firstGroup(found) };
}

/**
 * Every match of a pattern in the draft, never inside a @handle, #hashtag or URL unless the match starts
 * with it. Memoised per draft, so rules sharing a pattern scan once.
 */
export function findAll(draft: DraftContext, source: string, options: FindOptions): Match[] {
  const bounds = options.wordBounded === 'vale' ? 2 : options.wordBounded ? 1 : 0;
  // One string per combination of options, so the memo's group lookup hashes no new string on each call.
  const group = MEMO_GROUPS[(options.ignorecase ? 6 : 0) + bounds * 2 + (options.inLinks ? 1 : 0)] as string;
  return draft.memo(group, source, () => scan(draft, source, options));
}

/** `findAll`'s memo groups: case folding, then word bounds (none, whole words, Vale's), then inLinks. */
const MEMO_GROUPS = ['-', 'i'].flatMap((fold) =>
  ['-', 'w', 'v'].flatMap((bounds) => ['-', 'l'].map((links) => `${fold}${bounds}${links}`)),
);

function scan(
  draft: DraftContext,
  source: string,
  { ignorecase, wordBounded, inLinks }: FindOptions,
): Match[] {
  const { text, entities } = draft;
  const matches: Match[] = [];
  const prefixes = wordBounded ? literalPrefixes(source) : null;
  if (prefixes) {
    const buckets = bucketsOf(source, ignorecase, wordBounded);
    const whole = buckets ? null : compilePattern(source, ignorecase, wordBounded, true);
    if (!buckets && !whole) return matches;
    const { byFirstTwo, byWord } = draft.wordIndex;
    // A word list looks where the draft's words are its first words; other patterns where words start with
    // their first characters. Each word start has one word and one key, so no position is tried twice.
    const byWords = buckets?.words ? buckets : null;
    const keys = byWords
      ? candidateWords(draft, byWords)
      : candidateKeys(draft, buckets ? buckets.prefixes : prefixes);
    for (const key of keys) {
      const bucket = byWords ? bucketForWord(byWords, key) : buckets ? bucketForKey(buckets, key) : null;
      const sticky = bucket ? bucket.regex : whole;
      if (!sticky) continue;
      for (const start of (byWords ? byWord.get(key) : byFirstTwo.get(key)) ?? []) {
        sticky.lastIndex = start;
        const match = sticky.exec(text);
        if (!match || match[0].length === 0) continue;
        const end = start + match[0].length;
        if (!mayEnd(text, end, wordBounded)) continue;
        if (outsideProse(draft, start, end, inLinks)) continue;
        const group = firstGroup(match);
        matches.push({ start, end, text: match[0], group: bucket ? (bucket.groupOf[group] ?? 0) : group });
      }
    }
    // Matches from several keys arrive out of order; sort them, then keep the leftmost of overlapping ones,
    // which is what a left-to-right scan would have found.
    if (keys.length > 1) matches.sort((a, b) => a.start - b.start);
    let after = 0;
    const kept: Match[] = [];
    for (const match of matches) {
      if (match.start < after) continue;
      kept.push(match);
      after = match.end;
      if (kept.length >= MAX_MATCHES) break;
    }
    return kept;
  }
  if (!mayMatch(text, source, ignorecase)) return matches;
  const regex = compilePattern(source, ignorecase, wordBounded);
  if (!regex) return matches;
  // A pattern that starts with a run (`(?:[^\s,]+,)+ \w+ and`) is tried by the engine at every character,
  // most of them inside a run that a match would have started earlier. The gated expression skips those
  // (`(?<!C)`); only where the scan resumes can a match start after a character of the run, so it is tried
  // there first with the sticky expression. The matches are the ones the plain expression finds.
  const run = leadingRun(source);
  const gated = run ? compilePattern(source, ignorecase, wordBounded, false, `(?<!${run})`) : null;
  const sticky = gated ? compilePattern(source, ignorecase, wordBounded, true) : null;
  const next = (from: number): RegExpExecArray | null => {
    if (gated && sticky) {
      sticky.lastIndex = from;
      const here = sticky.exec(text);
      if (here) return here;
      gated.lastIndex = from;
      return gated.exec(text);
    }
    regex.lastIndex = from;
    return regex.exec(text);
  };
  let from = 0;
  for (let match = next(0); match !== null; match = next(from)) {
    const start = match.index;
    if (match[0].length === 0) {
      from = nextIndex(text, start, regex);
      continue;
    }
    const end = start + match[0].length;
    from = end;
    if (wordBounded && (!mayStart(text, entities, start, wordBounded) || !mayEnd(text, end, wordBounded))) {
      from = nextIndex(text, start, regex);
      continue;
    }
    if (outsideProse(draft, start, end, inLinks)) continue;
    matches.push({ start, end, text: match[0], group: firstGroup(match) });
    if (matches.length >= MAX_MATCHES) break;
  }
  return matches;
}
