import { type MatchStarts, startKey, startsAt } from './match-starts';
import { type Span, wordCharAt } from './text';

/** detectLanguage reads at most this many words: enough to tell a post's language. */
export const LANGUAGE_SAMPLE = 150;

/** Buckets of the two hash tables; a 3,000-character draft has about 600 word starts. */
const BUCKETS = 1024;
const MASK = BUCKETS - 1;

/** A startKey's bucket: its bits mixed (Fibonacci hashing), as the low bits alone are only the third unit. */
function bucketOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 22;
}

/** 1 for the ASCII characters `[\p{L}\p{M}\p{N}_]` matches. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII_WORD[code] = /[A-Za-z0-9_]/.test(char) ? 1 : 0;
}

/**
 * The positions findAll's word index holds (where a run of word characters starts, and a `#`, `＃` or `@`
 * right before one), looked up by their first UTF-16 unit or their first three (startKey), lower-cased.
 * One pass of character tests into typed arrays, without the index's regular expression, strings and
 * per-word arrays, which cost more than the rest of the disclosure analysis together. Words are runs of the
 * characters `[\p{L}\p{M}\p{N}_]` matches, as the index has them.
 */
export class WordStarts {
  /** The first words, for the post's language. */
  readonly firstWords: Span[] = [];
  private readonly lower: string;
  // Plain arrays, not typed ones: a typed array this size gets its own off-heap buffer, and allocating seven
  // of them cost more than the pass that fills them.
  private readonly at: number[] = [];
  private readonly first: number[] = [];
  private readonly three: number[] = [];
  private readonly nextFirst: number[] = [];
  private readonly nextThree: number[] = [];
  private readonly headFirst: number[] = new Array(BUCKETS).fill(-1);
  private readonly headThree: number[] = new Array(BUCKETS).fill(-1);
  private count = 0;

  constructor(text: string, lower: string) {
    this.lower = lower;
    const length = text.length;
    let inWord = false;
    let wordStart = 0;
    // Reads stay inside the string: one read past an end makes V8 drop the loop's optimised code.
    let before = 0;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      let word: boolean;
      if (code < 0x80) word = ASCII_WORD[code] === 1;
      else if (code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff) {
        // The second half of a surrogate pair belongs to the code point tested at its first half.
        before = code;
        continue;
      } else word = wordCharAt(text, i);
      if (word && !inWord) {
        if (before === 0x23 || before === 0xff03 || before === 0x40) this.register(i - 1);
        this.register(i);
        inWord = true;
        wordStart = i;
      } else if (!word && inWord) {
        if (this.firstWords.length < LANGUAGE_SAMPLE) this.firstWords.push({ start: wordStart, end: i });
        inWord = false;
      }
      before = code;
    }
    if (inWord && this.firstWords.length < LANGUAGE_SAMPLE) {
      this.firstWords.push({ start: wordStart, end: length });
    }
  }

  private register(at: number): void {
    const index = this.count++;
    const lower = this.lower;
    const first = lower.charCodeAt(at);
    const three = at + 2 < lower.length ? startKey(lower, at) : startKey(`${lower.slice(at)}\0\0`, 0);
    this.at.push(at);
    this.first.push(first);
    this.three.push(three);
    this.nextFirst.push(this.headFirst[first & MASK] as number);
    this.headFirst[first & MASK] = index;
    const bucket = bucketOf(three);
    this.nextThree.push(this.headThree[bucket] as number);
    this.headThree[bucket] = index;
  }

  /**
   * The positions where a match can start, ascending and each once, or null when there is none. With literal
   * match starts: where the draft has one of them (a start of three or more units is looked up by its first
   * three, a shorter one by its first); else where the first one or two letters are one of `keys`.
   */
  candidates(keys: readonly string[], starts: MatchStarts): number[] | null {
    const found: number[] = [];
    // Each chain holds its positions last first: one chain's finds only need turning round.
    let chains = 0;
    if (starts) {
      for (const key of starts.threes) {
        const before = found.length;
        for (let i = this.headThree[bucketOf(key)] as number; i >= 0; i = this.nextThree[i] as number) {
          const at = this.at[i] as number;
          if (this.three[i] === key && startsAt(this.lower, at, starts)) found.push(at);
        }
        if (found.length > before) chains += 1;
      }
      for (const first of starts.firsts) if (this.withFirst(first, -1, starts, found)) chains += 1;
    } else {
      for (const key of new Set(keys)) {
        const second = key.length === 2 ? key.charCodeAt(1) : -1;
        if (this.withFirst(key.charCodeAt(0), second, null, found)) chains += 1;
      }
    }
    if (found.length === 0) return null;
    if (chains === 1) return found.reverse();
    found.sort((a, b) => a - b);
    // Two keys ("a", "ad") can reach one position: keep it once.
    let kept = 0;
    for (const at of found) if (kept === 0 || found[kept - 1] !== at) found[kept++] = at;
    found.length = kept;
    return found;
  }

  /** Adds the positions whose first unit (and second, when given) match; whether there was one. */
  private withFirst(first: number, second: number, starts: MatchStarts, found: number[]): boolean {
    const before = found.length;
    for (let i = this.headFirst[first & MASK] as number; i >= 0; i = this.nextFirst[i] as number) {
      if (this.first[i] !== first) continue;
      const at = this.at[i] as number;
      if (second >= 0 && this.lower.charCodeAt(at + 1) !== second) continue;
      if (starts && !startsAt(this.lower, at, starts)) continue;
      found.push(at);
    }
    return found.length > before;
  }
}
