import type { DraftContext } from './context';
import { compilePattern, isInsideEntity, type Span, wordCharAt, wordCharBefore } from './text';

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
  /** Whole words only (any script), as Vale's existence and substitution rules match. */
  wordBounded: boolean;
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
  const result: string[] = [];
  for (const alternative of alternatives) {
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
function literalThenGroup(alternative: string): string[] {
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

/** The word-start lists for the prefixes (several prefixes often share one list). */
function candidateLists(draft: DraftContext, keys: readonly string[]): number[][] {
  const { byFirstTwo, startsWith } = draft.wordIndex;
  const lists: number[][] = [];
  for (const key of keys) {
    const list = key.length === 2 ? byFirstTwo.get(key) : startsWith(key);
    if (list && !lists.includes(list)) lists.push(list);
  }
  return lists;
}

/** Whether a pattern occurs anywhere in the draft (not inside an entity it does not start): stops at the first. */
export function exists(draft: DraftContext, source: string, options: FindOptions): boolean {
  const group = options.ignorecase ? 'exists-i' : 'exists';
  return draft.memo(group, source, () => {
    const regex = compilePattern(source, options.ignorecase, false);
    if (!regex) return false;
    regex.lastIndex = 0;
    for (let match = regex.exec(draft.text); match !== null; match = regex.exec(draft.text)) {
      if (match[0].length === 0) regex.lastIndex = match.index + 1;
      else if (!isInsideEntity(draft.entities, match.index, match.index + match[0].length)) return true;
    }
    return false;
  });
}

/**
 * Every match of a pattern in the draft, never inside a @handle, #hashtag or URL unless the match starts
 * with it. Memoised per draft, so rules sharing a pattern scan once.
 */
export function findAll(draft: DraftContext, source: string, options: FindOptions): Match[] {
  const group = options.ignorecase ? (options.wordBounded ? 'iw' : 'i-') : options.wordBounded ? '-w' : '--';
  return draft.memo(group, source, () => scan(draft, source, options));
}

function scan(draft: DraftContext, source: string, { ignorecase, wordBounded }: FindOptions): Match[] {
  const { text, entities } = draft;
  const matches: Match[] = [];
  const keys = wordBounded ? literalPrefixes(source) : null;
  if (keys) {
    const sticky = compilePattern(source, ignorecase, true, true);
    if (!sticky) return matches;
    const lists = candidateLists(draft, keys);
    // Matches from several lists arrive out of order; sort them, then keep the leftmost of overlapping ones,
    // which is what a left-to-right scan would have found.
    // Lists for keys of one length never share a position (each position has one such key).
    const mixed = lists.length > 1 && keys.some((key) => key.length !== keys[0]?.length);
    const tried = mixed ? new Set<number>() : null;
    for (const list of lists) {
      for (const start of list) {
        if (tried) {
          if (tried.has(start)) continue;
          tried.add(start);
        }
        sticky.lastIndex = start;
        const match = sticky.exec(text);
        if (!match || match[0].length === 0) continue;
        const end = start + match[0].length;
        if (wordCharAt(text, end)) continue;
        if (!isInsideEntity(entities, start, end))
          matches.push({ start, end, text: match[0], group: firstGroup(match) });
      }
    }
    if (lists.length > 1) matches.sort((a, b) => a.start - b.start);
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
  const regex = compilePattern(source, ignorecase, wordBounded);
  if (!regex) return matches;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const start = match.index;
    if (match[0].length === 0) {
      regex.lastIndex = start + 1;
      continue;
    }
    const end = start + match[0].length;
    if (wordBounded && ((wordCharAt(text, start) && wordCharBefore(text, start)) || wordCharAt(text, end))) {
      regex.lastIndex = start + 1;
      continue;
    }
    if (isInsideEntity(entities, start, end)) continue;
    matches.push({ start, end, text: match[0], group: firstGroup(match) });
    if (matches.length >= MAX_MATCHES) break;
  }
  return matches;
}
