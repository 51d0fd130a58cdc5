import { needsUnicode } from './text';

/**
 * What a pattern cannot match without: a short list of literal strings of which every match contains one.
 * A rule whose pattern has to scan the whole draft (no literal start, or `nonword`) first asks whether the
 * draft holds any of them, with one literal search, and skips the costly expression when it does not:
 * `(?:[^\s,]+,){1,} \w+ (?:and|or) \w+[.?!]` cannot match a draft without " and " or " or ".
 *
 * The reading is conservative: any construct it does not know makes the pattern "needs nothing" (always
 * run), so a finding is never lost to the shortcut.
 */

/** Past this many strings a set is not worth a search (and cross products would grow fast). */
const MAX_SET = 24;
/** Single characters a class is expanded to, at most. */
const MAX_CLASS = 12;
const DIGITS = Object.freeze(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

interface Piece {
  /** Every string this piece matches, when they are few; '' included when it can match nothing. */
  exact: readonly string[] | null;
  /** Strings of which every match of the piece contains one; null when there is no such guarantee. */
  need: readonly string[] | null;
}

const NOTHING: Piece = { exact: null, need: null };
const EMPTY: Piece = { exact: [''], need: null };

class Unsupported extends Error {}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return unique(out);
}

/** A set is useful when none of its strings is empty; longer strings are rarer, fewer strings cheaper. */
function score(set: readonly string[] | null): number {
  if (!set || set.length === 0 || set.length > MAX_SET) return -1;
  let shortest = Number.POSITIVE_INFINITY;
  for (const item of set) shortest = Math.min(shortest, item.length);
  return shortest === 0 ? -1 : shortest * 100 - set.length;
}

function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  return score(b) > score(a) ? b : a;
}

function needOf(piece: Piece): readonly string[] | null {
  return better(piece.need, piece.exact);
}

class Reader {
  private i = 0;
  constructor(private readonly source: string) {}

  read(): Piece {
    const piece = this.alternation();
    if (this.i < this.source.length) throw new Unsupported();
    return piece;
  }

  private peek(offset = 0): string {
    return this.source[this.i + offset] ?? '';
  }

  private alternation(): Piece {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.i += 1;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as Piece;
    const exact = branches.every((branch) => branch.exact)
      ? unique(branches.flatMap((branch) => branch.exact as readonly string[]))
      : null;
    const needs = branches.map(needOf);
    const need = needs.every((set) => score(set) > 0) ? unique(needs.flatMap((set) => set ?? [])) : null;
    return { exact: exact && exact.length <= MAX_SET ? exact : null, need };
  }

  private sequence(): Piece {
    let exact: readonly string[] | null = [''];
    let run: readonly string[] | null = [''];
    let need: readonly string[] | null = null;
    while (this.i < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const piece = this.quantified();
      need = better(need, needOf(piece));
      exact = exact && piece.exact ? product(exact, piece.exact) : null;
      // A run of exactly known pieces spells longer strings than any one of them.
      const joined: readonly string[] | null = run && piece.exact ? product(run, piece.exact) : null;
      run = joined ?? piece.exact;
      need = better(need, run);
    }
    return { exact, need: better(need, exact) };
  }

  private quantified(): Piece {
    const atom = this.atom();
    const char = this.peek();
    let min: number;
    let max: number;
    if (char === '*' || char === '+' || char === '?') {
      this.i += 1;
      min = char === '+' ? 1 : 0;
      max = char === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (char === '{') {
      const found = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.i));
      if (!found) throw new Unsupported();
      this.i += found[0].length;
      min = Number(found[1]);
      max = found[2] === undefined ? min : found[3] ? Number(found[3]) : Number.POSITIVE_INFINITY;
    } else return atom;
    if (this.peek() === '?') this.i += 1;
    if (min === 0 && max === 1 && atom.exact) return { exact: unique(['', ...atom.exact]), need: null };
    if (min === 0) return NOTHING;
    // `x{2,}` needs "xx": the first `min` repetitions are exactly known.
    let repeated: readonly string[] | null = null;
    if (atom.exact && min <= 4) {
      repeated = atom.exact;
      for (let n = 1; n < min && repeated; n++) repeated = product(repeated, atom.exact);
    }
    return { exact: min === max ? repeated : null, need: better(needOf(atom), repeated) };
  }

  private atom(): Piece {
    const char = this.peek();
    if (/[\ud800-\udfff]/.test(char)) throw new Unsupported();
    if (char === '(') return this.group();
    if (char === '[') return this.characterClass();
    if (char === '\\') return this.escape();
    if (char === '^' || char === '$') {
      this.i += 1;
      return EMPTY;
    }
    if (char === '.') {
      this.i += 1;
      return NOTHING;
    }
    if ('*+?{})]'.includes(char)) throw new Unsupported();
    this.i += 1;
    return { exact: [char], need: null };
  }

  private group(): Piece {
    const rest = this.source.slice(this.i);
    const look = /^\(\?(?:=|!|<=|<!)/.exec(rest);
    const open = look
      ? look[0].length
      : rest.startsWith('(?:')
        ? 3
        : /^\(\?<[A-Za-z_$][\w$]*>/.exec(rest)?.[0].length;
    if (open === undefined && rest.startsWith('(?')) throw new Unsupported();
    this.i += open ?? 1;
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Unsupported();
    this.i += 1;
    // A lookaround matches no text of its own.
    return look ? EMPTY : inner;
  }

  private escape(): Piece {
    const next = this.peek(1);
    this.i += 2;
    if (next === 'd') return { exact: DIGITS, need: null };
    if (next === 'b' || next === 'B') return EMPTY;
    if ('wWsSDpP'.includes(next)) {
      if ((next === 'p' || next === 'P') && this.peek() === '{') this.skipPast('}');
      return NOTHING;
    }
    const literal = this.escapedChar(next);
    return { exact: [literal], need: null };
  }

  /** The character an escape other than a class stands for; numbers and names (back-references) are refused. */
  private escapedChar(next: string): string {
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (simple[next]) return simple[next];
    if (next === 'x' || next === 'u') {
      const found = (next === 'x' ? /^[0-9a-fA-F]{2}/ : /^[0-9a-fA-F]{4}/).exec(this.source.slice(this.i));
      if (!found) throw new Unsupported();
      this.i += found[0].length;
      const decoded = String.fromCharCode(Number.parseInt(found[0], 16));
      if (/[\ud800-\udfff]/.test(decoded)) throw new Unsupported();
      return decoded;
    }
    if (/[\p{L}\p{N}]/u.test(next) || next === '' || /[\ud800-\udfff]/.test(next)) throw new Unsupported();
    return next;
  }

  /** A class of a few characters is those characters; a negated, open or large one is any character. */
  private characterClass(): Piece {
    this.i += 1;
    let open = this.peek() === '^';
    if (open) this.i += 1;
    const chars: string[] = [];
    let first = true;
    while (this.peek() !== ']' || first) {
      first = false;
      let char = this.peek();
      if (char === '' || /[\ud800-\udfff]/.test(char)) throw new Unsupported();
      this.i += 1;
      if (char === '\\') {
        const next = this.peek();
        this.i += 1;
        if (next === 'd') {
          chars.push(...DIGITS);
          continue;
        }
        if ('wWsSDP'.includes(next) || next === 'p') {
          if ((next === 'p' || next === 'P') && this.peek() === '{') this.skipPast('}');
          open = true;
          continue;
        }
        char = next === 'b' ? '\b' : this.escapedChar(next);
      } else if (char === '[') throw new Unsupported();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        const to = this.peek(1);
        if (to === '\\' || /[\ud800-\udfff]/.test(to)) throw new Unsupported();
        this.i += 2;
        const from = char.charCodeAt(0);
        const last = to.charCodeAt(0);
        if (last < from) throw new Unsupported();
        if (last - from >= MAX_CLASS) open = true;
        else for (let code = from; code <= last; code++) chars.push(String.fromCharCode(code));
      } else chars.push(char);
    }
    this.i += 1;
    return open || chars.length > MAX_CLASS ? NOTHING : { exact: unique(chars), need: null };
  }

  private skipPast(char: string): void {
    const close = this.source.indexOf(char, this.i);
    if (close < 0) throw new Unsupported();
    this.i = close + 1;
  }
}

/** The literal strings of which every match of the pattern contains one, or null when it cannot tell. */
export function requiredText(source: string): readonly string[] | null {
  try {
    const need = needOf(new Reader(source).read());
    return score(need) > 0 ? need : null;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

const SYNTAX = /[.*+?^${}()|[\]\\/]/g;
/** By case folding, then pattern; null when the pattern needs nothing. */
const prefilters = [new Map<string, RegExp | null>(), new Map<string, RegExp | null>()];
const MAX_PREFILTERS = 20_000;

/**
 * Whether the draft holds one of the strings the pattern needs, searched with the pattern's own case folding
 * (so `ignorecase` finds what the pattern would). True when the pattern needs nothing in particular.
 */
export function mayMatch(text: string, source: string, ignorecase: boolean): boolean {
  const table = prefilters[ignorecase ? 1 : 0] as Map<string, RegExp | null>;
  let prefilter = table.get(source);
  if (prefilter === undefined) {
    const need = requiredText(source);
    prefilter = null;
    if (need) {
      try {
        const body = need.map((item) => item.replace(SYNTAX, '\\$&')).join('|');
        prefilter = new RegExp(body, `${ignorecase ? 'i' : ''}${needsUnicode(source) ? 'u' : ''}`);
      } catch {
        prefilter = null;
      }
    }
    if (table.size >= MAX_PREFILTERS) table.delete(table.keys().next().value as string);
    table.set(source, prefilter);
  }
  return prefilter === null || prefilter.test(text);
}
