import type { Match } from './find';

/**
 * Small pieces of Vale's behaviour that several rule kinds share, each written after Vale's Go source
 * (github.com/errata-ai/vale, internal/check and internal/core at bb78a32).
 */

/** Vale's `core.CapFirst`: upper-cases the first character only. */
export function capFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Vale's `core.ToSentence(words, "or")`: `'a'`, `'a' or 'b'`, `'a', 'b', or 'c'`. */
export function valeList(words: readonly string[]): string {
  const quoted = words.map((word) => `'${word}'`);
  if (quoted.length <= 2) return quoted.join(' or ');
  return [...quoted.slice(0, -1), `or ${quoted[quoted.length - 1]}`].join(', ');
}

/**
 * Vale checks each paragraph (or line of plain text) as its own block, so a match never begins with the line
 * break that ends the previous one: `(?:^|\s)I\s` matches "I " at the start of a line, not "\nI ".
 */
export function withinBlock(match: Match): Match {
  let lead = 0;
  while (lead < match.text.length - 1 && (match.text[lead] === '\n' || match.text[lead] === '\r')) lead += 1;
  return lead === 0 ? match : { ...match, start: match.start + lead, text: match.text.slice(lead) };
}

export interface Exceptions {
  /** Whether an exception occurs as a whole word in the observed text (Vale's `isMatch(exceptRe, observed)`). */
  covers(observed: string): boolean;
}

const NONE: Exceptions = Object.freeze({ covers: () => false });

/**
 * Vale's `updateExceptions`: the exceptions, longest first, joined into `\b(?:…)\b`; each one is matched
 * case-sensitively unless it starts with `(?i)`, because Vale prefixes the others with `(?-i)`.
 * JavaScript has no inline flags, so the two groups become two expressions.
 */
const compiledExceptions = new WeakMap<readonly string[], Exceptions>();

export function exceptionsOf(list: readonly string[] | undefined): Exceptions {
  if (!list?.length) return NONE;
  let compiled = compiledExceptions.get(list);
  if (!compiled) {
    compiled = compileExceptions(list);
    compiledExceptions.set(list, compiled);
  }
  return compiled;
}

function compileExceptions(list: readonly string[]): Exceptions {
  const sensitive: string[] = [];
  const insensitive: string[] = [];
  for (const term of [...list].sort((a, b) => b.length - a.length)) {
    if (term.startsWith('(?i)')) insensitive.push(term.slice(4));
    else sensitive.push(term);
  }
  const build = (terms: string[], flags: string) => {
    if (terms.length === 0) return null;
    try {
      return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${terms.join('|')})(?![\\p{L}\\p{N}_])`, flags);
    } catch {
      return null;
    }
  };
  const a = build(sensitive, 'u');
  const b = build(insensitive, 'iu');
  return Object.freeze({
    covers: (observed: string) => (a?.test(observed) ?? false) || (b?.test(observed) ?? false),
  });
}
