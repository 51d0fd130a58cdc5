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
  private readonly at: Int32Array;
  private readonly first: Int32Array;
  private readonly three: Int32Array;
  private readonly nextFirst: Int32Array;
  private readonly nextThree: Int32Array;
  private readonly headFirst = new Int32Array(BUCKETS).fill(-1);
  private readonly headThree = new Int32Array(BUCKETS).fill(-1);
  private count = 0;

  constructor(text: string, lower: string) {
    this.lower = lower;
    // Every position registers at most once: a word start, or the `#`/`@` before one.
    const capacity = text.length;
    this.at = new Int32Array(capacity);
    this.first = new Int32Array(capacity);
    this.three = new Int32Array(capacity);
    this.nextFirst = new Int32Array(capacity);
    this.nextThree = new Int32Array(capacity);
    const length = text.length;
    let wordStart = -1;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      let word: boolean;
      if (code < 0x80) word = ASCII_WORD[code] === 1;
      else {
        // The second half of a surrogate pair belongs to the code point tested at its first half.
        if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
          const high = text.charCodeAt(i - 1);
          if (high >= 0xd800 && high <= 0xdbff) continue;
        }
        word = wordCharAt(text, i);
      }
      if (word) {
        if (wordStart >= 0) continue;
        const before = text.charCodeAt(i - 1);
        if (before === 0x23 || before === 0xff03 || before === 0x40) this.register(i - 1);
        this.register(i);
        wordStart = i;
      } else if (wordStart >= 0) {
        if (this.firstWords.length < LANGUAGE_SAMPLE) this.firstWords.push({ start: wordStart, end: i });
        wordStart = -1;
      }
    }
    if (wordStart >= 0 && this.firstWords.length < LANGUAGE_SAMPLE) {
      this.firstWords.push({ start: wordStart, end: length });
    }
  }

  private register(at: number): void {
    const index = this.count++;
    const first = this.lower.charCodeAt(at);
    const three = startKey(this.lower, at);
    this.at[index] = at;
    this.first[index] = first;
    this.three[index] = three;
    this.nextFirst[index] = this.headFirst[first & MASK] as number;
    this.headFirst[first & MASK] = index;
    const bucket = bucketOf(three);
    this.nextThree[index] = this.headThree[bucket] as number;
    this.headThree[bucket] = index;
  }

  /**
   * The positions where a match can start, ascending and each once, or null when there is none. With literal
   * match starts: where the draft has one of them (a start of three or more units is looked up by its first
   * three, a shorter one by its first); else where the first one or two letters are one of `keys`.
   */
  candidates(keys: readonly string[], starts: MatchStarts): number[] | null {
    let found: number[] | null = null;
    const add = (at: number) => {
      if (found) found.push(at);
      else found = [at];
    };
    if (starts) {
      for (const key of starts.threes) {
        for (let i = this.headThree[bucketOf(key)] as number; i >= 0; i = this.nextThree[i] as number) {
          const at = this.at[i] as number;
          if (this.three[i] === key && startsAt(this.lower, at, starts)) add(at);
        }
      }
      for (const first of starts.firsts) this.withFirst(first, -1, starts, add);
    } else {
      for (const key of new Set(keys)) {
        this.withFirst(key.charCodeAt(0), key.length === 2 ? key.charCodeAt(1) : -1, null, add);
      }
    }
    if (!found) return null;
    const sorted = (found as number[]).sort((a, b) => a - b);
    // Two keys ("a", "ad") can reach one position: keep it once.
    let kept = 0;
    for (const at of sorted) if (kept === 0 || sorted[kept - 1] !== at) sorted[kept++] = at;
    sorted.length = kept;
    return sorted;
  }

  private withFirst(first: number, second: number, starts: MatchStarts, add: (at: number) => void): void {
    for (let i = this.headFirst[first & MASK] as number; i >= 0; i = this.nextFirst[i] as number) {
      if (this.first[i] !== first) continue;
      const at = this.at[i] as number;
      if (second >= 0 && this.lower.charCodeAt(at + 1) !== second) continue;
      if (starts && !startsAt(this.lower, at, starts)) continue;
      add(at);
    }
  }
}
