/**
 * The literal text every match of a case-insensitive pattern starts with, as long as the pattern says it:
 * `(?:paid|sponsored) (?:me|us)` → "paid me", "paid us", "sponsored me", "sponsored us". findWords compares
 * these with the lower-cased draft at each word start before it runs the expression there: most word starts
 * are not a match, and a comparison costs far less than an expression.
 */

/** More alternatives than this and the starts stop before the group that would multiply them. */
const MAX_STARTS = 256;

/**
 * Starts grouped by their first UTF-16 unit, and where to look for them: the startKey of each start of
 * three or more units, the first unit of each shorter one. Null when some match can start with no known
 * literal.
 */
export type MatchStarts = {
  byFirst: ReadonlyMap<number, readonly string[]>;
  threes: readonly number[];
  firsts: readonly number[];
} | null;

const cache = new Map<string, MatchStarts>();

export function matchStarts(source: string): MatchStarts {
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const starts = alternativesStarts(source);
  let found: MatchStarts = null;
  if (starts && !starts.includes('')) {
    const byFirst = new Map<number, string[]>();
    const threes = new Set<number>();
    const firsts = new Set<number>();
    // A start another one begins with adds nothing: "paid" already admits every "paid me".
    const sorted = [...new Set(starts)].sort((a, b) => a.length - b.length);
    for (const start of sorted) {
      const first = start.charCodeAt(0);
      const list = byFirst.get(first) ?? [];
      if (list.some((shorter) => start.startsWith(shorter))) continue;
      list.push(start);
      byFirst.set(first, list);
      if (start.length >= 3) threes.add(startKey(start, 0));
      else firsts.add(first);
    }
    found = { byFirst, threes: [...threes], firsts: [...firsts] };
  }
  cache.set(source, found);
  return found;
}

/**
 * Whether the lower-cased draft has one of the starts at `at`. "ſ" counts as "s", as a case-insensitive
 * Unicode expression matches it; every other character that such an expression matches for a start's letter
 * lower-cases to it (starts hold only letters whose case is that simple, see `simpleCase`).
 */
export function startsAt(lower: string, at: number, starts: NonNullable<MatchStarts>): boolean {
  const list = starts.byFirst.get(lower.charCodeAt(at));
  if (!list) return false;
  for (const start of list) {
    // Reading past the end would make V8 drop the optimised code of the loop.
    if (at + start.length > lower.length) continue;
    let k = 1;
    for (; k < start.length; k++) {
      let code = lower.charCodeAt(at + k);
      if (code === 0x17f) code = 0x73;
      if (code !== start.charCodeAt(k)) break;
    }
    if (k === start.length) return true;
  }
  return false;
}

/**
 * A number for the first three UTF-16 units at `at` (past the end counts as 0), the second and third with "ſ"
 * as "s" like startsAt. Different triples can share a number; startsAt tells them apart.
 */
export function startKey(lower: string, at: number): number {
  const second = lower.charCodeAt(at + 1) || 0;
  const third = lower.charCodeAt(at + 2) || 0;
  return (
    ((lower.charCodeAt(at) & 0x3ff) << 20) |
    ((second === 0x17f ? 0x73 : second & 0x3ff) << 10) |
    (third === 0x17f ? 0x73 : third & 0x3ff)
  );
}

/**
 * Characters whose every case-insensitive match lower-cases to them: ASCII, Latin-1 and Latin Extended-A
 * letters except ı and ſ (which fold across scripts' rules), the right single quote, and Devanagari.
 */
function simpleCase(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return true;
  if (code >= 0xdf && code <= 0x17e) return code !== 0xf7 && code !== 0x130 && code !== 0x131;
  return code === 0x2019 || (code >= 0x900 && code <= 0x97f);
}

/** Escaped characters that stand for themselves. */
const LITERAL_ESCAPES = new Set(['.', '-', '/', '#', '@', '&', "'", ' ', '*', '+', '?', '(', ')', '|']);
/** What makes the character or group before it optional (`+` keeps it: at least once). */
const OPTIONAL = new Set(['?', '*', '{']);
const META = new Set(['[', '.', '^', '$', '|', ')', '?', '*', '+', '{', '}']);

/** The starts of each top-level alternative, or null when one has none. */
function alternativesStarts(source: string): string[] | null {
  const all: string[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const starts = alternativeStarts(alternative);
    if (!starts) return null;
    all.push(...starts.map((start) => start.text));
  }
  return all;
}

interface Start {
  text: string;
  /** The whole alternative was literal so far: what follows the group it came from extends it. */
  open: boolean;
}

function alternativeStarts(alternative: string): Start[] | null {
  let starts: Start[] = [{ text: '', open: true }];
  let i = 0;
  const close = () => {
    starts = starts.map((start) => ({ text: start.text, open: false }));
  };
  while (i < alternative.length && starts.some((start) => start.open)) {
    const char = alternative[i] as string;
    if (char === '(') {
      const innerStart = alternative.startsWith('(?:', i) ? i + 3 : alternative[i + 1] === '?' ? -1 : i + 1;
      const end = innerStart < 0 ? -1 : groupEnd(alternative, i);
      const quantifier = end < 0 ? '' : (alternative[end + 1] ?? '');
      const inner =
        end < 0 || OPTIONAL.has(quantifier)
          ? null
          : alternativesStartsOpen(alternative.slice(innerStart, end));
      if (!inner) break;
      const next: Start[] = [];
      for (const start of starts) {
        if (!start.open) next.push(start);
        else for (const part of inner) next.push({ text: start.text + part.text, open: part.open });
      }
      if (next.length > MAX_STARTS) break;
      starts = next;
      i = end + 1;
      if (quantifier === '+') {
        close();
        i += 1;
      }
      continue;
    }
    let literal = char;
    let width = 1;
    if (char === '\\') {
      literal = alternative[i + 1] ?? '';
      width = 2;
      if (!LITERAL_ESCAPES.has(literal)) break;
    } else if (META.has(char)) break;
    const code = literal.charCodeAt(0);
    // Half a surrogate pair or a letter whose case folds unusually: stop before it.
    if ((code >= 0xd800 && code <= 0xdfff) || !simpleCase(literal)) break;
    const quantifier = alternative[i + width] ?? '';
    if (OPTIONAL.has(quantifier)) break;
    const lower = literal.toLowerCase();
    starts = starts.map((start) => (start.open ? { text: start.text + lower, open: true } : start));
    i += width;
    if (quantifier === '+') {
      close();
      i += 1;
    }
  }
  // Stopped inside the alternative: the starts so far are all that is known.
  if (i < alternative.length) close();
  return starts;
}

/** The starts of a group's alternatives, keeping which ones were literal to their end. */
function alternativesStartsOpen(source: string): Start[] | null {
  const all: Start[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const starts = alternativeStarts(alternative);
    if (!starts) return null;
    all.push(...starts);
  }
  return all;
}

/** The index of the parenthesis closing the group that opens at `open`, outside escapes and classes. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives;
}
