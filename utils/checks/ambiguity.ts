import type { AST } from '@eslint-community/regexpp';
import { type CharSet, JS } from 'refa';

/**
 * Exponential backtracking needs a pattern that can match one text in exponentially many ways. In the
 * position (Glushkov) automaton of a pattern, which has one state per character it consumes and so keeps
 * every way of matching, that is the case exactly when some state can return to itself along two different
 * paths spelling the same text (Weber and Seidl's EDA criterion): in the product of the automaton with
 * itself, a pair (q, q) and a pair (p, r) with p ≠ r lie on one cycle.
 *
 * This catches what quantifier-based analyses miss, such as `(?:[a-z]|[A-Z])*` under `ignorecase` or
 * `(a|ab|b)*`, where no quantifier is nested in another.
 */

/** States past this many make the product too large to check: the pattern is refused as too complex. */
export const MAX_POSITIONS = 20_000;
/** Pairs of states explored in the product; past this the pattern is refused as too complex. */
const MAX_PAIRS = 200_000;
/** Bounded repeats are unrolled up to this many copies; a larger bound is analysed as unbounded. */
const MAX_UNROLL = 4;

export class TooComplexError extends Error {}

interface Fragment {
  nullable: boolean;
  first: number[];
  last: number[];
}

class Builder {
  readonly sets: CharSet[] = [];
  readonly follow: Set<number>[] = [];
  constructor(private readonly flags: JS.Flags) {}

  private position(set: CharSet): Fragment {
    if (this.sets.length >= MAX_POSITIONS) throw new TooComplexError();
    this.sets.push(set);
    this.follow.push(new Set());
    const p = this.sets.length - 1;
    return { nullable: false, first: [p], last: [p] };
  }

  private link(from: readonly number[], to: readonly number[]) {
    for (const a of from) for (const b of to) this.follow[a]?.add(b);
  }

  private concat(parts: Fragment[]): Fragment {
    let result: Fragment = { nullable: true, first: [], last: [] };
    for (const part of parts) {
      this.link(result.last, part.first);
      result = {
        nullable: result.nullable && part.nullable,
        first: result.nullable ? [...result.first, ...part.first] : result.first,
        last: part.nullable ? [...result.last, ...part.last] : part.last,
      };
    }
    return result;
  }

  private alternatives(alternatives: readonly AST.Alternative[]): Fragment {
    const parts = alternatives.map((alternative) =>
      this.concat(alternative.elements.map((e) => this.element(e))),
    );
    return {
      nullable: parts.some((part) => part.nullable),
      first: parts.flatMap((part) => part.first),
      last: parts.flatMap((part) => part.last),
    };
  }

  pattern(pattern: AST.Pattern): Fragment {
    return this.alternatives(pattern.alternatives);
  }

  private element(element: AST.Element): Fragment {
    switch (element.type) {
      case 'Character':
      case 'CharacterSet':
        if (element.type === 'CharacterSet' && element.kind === 'property' && element.strings) {
          throw new TooComplexError();
        }
        return this.position(JS.parseCharSet(element as never, this.flags));
      case 'CharacterClass':
        if (element.unicodeSets) throw new TooComplexError();
        return this.position(JS.parseCharSet(element as AST.ClassRangesCharacterClass, this.flags));
      case 'ExpressionCharacterClass':
        throw new TooComplexError();
      case 'Group':
      case 'CapturingGroup':
        return this.alternatives(element.alternatives);
      case 'Quantifier':
        return this.quantifier(element);
      // Assertions and back-references consume nothing the automaton could tell apart: as empty steps they can
      // only add ways of matching, so the verdict errs on the side of refusing.
      default:
        return { nullable: true, first: [], last: [] };
    }
  }

  private quantifier(quantifier: AST.Quantifier): Fragment {
    const optional = (fragment: Fragment): Fragment => ({ ...fragment, nullable: true });
    if (quantifier.max > MAX_UNROLL) {
      // `x{3,}` as `x x x+`: the last copy repeats.
      const copies = Math.max(1, Math.min(quantifier.min, MAX_UNROLL));
      const parts = Array.from({ length: copies }, () => this.element(quantifier.element));
      const last = parts[parts.length - 1] as Fragment;
      this.link(last.last, last.first);
      const whole = this.concat(parts);
      return quantifier.min === 0 ? optional(whole) : whole;
    }
    // `x{1,3}` as `x(x(x)?)?`, not `x x? x?`, which would match "xx" in two ways where the engine has one.
    let tail: Fragment | null = null;
    for (let i = quantifier.max - 1; i >= quantifier.min; i--) {
      const copy = this.element(quantifier.element);
      tail = optional(tail ? this.concat([copy, tail]) : copy);
    }
    const required = Array.from({ length: quantifier.min }, () => this.element(quantifier.element));
    return this.concat(tail ? [...required, tail] : required);
  }
}

/** Whether the pattern can match one text in exponentially many ways. Throws TooComplexError past its limits. */
export function hasExponentialAmbiguity(pattern: AST.Pattern, flags: JS.Flags): boolean {
  const builder = new Builder(flags);
  const whole = builder.pattern(pattern);
  const { sets, follow } = builder;
  // State 0 is the start; position p is state p + 1.
  const n = sets.length + 1;
  const out: number[][] = [
    whole.first.map((p) => p + 1),
    ...follow.map((next) => [...next].map((p) => p + 1)),
  ];
  const setOf = (state: number) => sets[state - 1] as CharSet;
  const successors = (v: number): number[] => {
    const a = Math.floor(v / n);
    const b = v % n;
    const result: number[] = [];
    for (const x of out[a] ?? []) {
      for (const y of out[b] ?? []) if (!setOf(x).isDisjointWith(setOf(y))) result.push(x * n + y);
    }
    return result;
  };
  // Tarjan's strongly connected components over the product, from the diagonal pairs, without recursion.
  // Pairs are numbered as they are reached: only pairs that read the same text from a diagonal pair exist,
  // far fewer than n² for word lists.
  const index = new Map<number, number>();
  const low: number[] = [];
  const onStack: boolean[] = [];
  const stack: number[] = [];
  const visit = (pair: number): number => {
    if (index.size >= MAX_PAIRS) throw new TooComplexError();
    const id = index.size;
    index.set(pair, id);
    low[id] = id;
    onStack[id] = true;
    stack.push(pair);
    return id;
  };
  for (let q = 0; q < n; q++) {
    const start = q * n + q;
    if (index.has(start)) continue;
    const work: [number, number[], number][] = [[start, successors(start), 0]];
    visit(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number[], number];
      const [v, next] = frame;
      const vid = index.get(v) as number;
      if (frame[2] < next.length) {
        const w = next[frame[2]++] as number;
        const wid = index.get(w);
        if (wid === undefined) {
          visit(w);
          work.push([w, successors(w), 0]);
        } else if (onStack[wid]) low[vid] = Math.min(low[vid] as number, wid);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) {
        const pid = index.get(parent[0]) as number;
        low[pid] = Math.min(low[pid] as number, low[vid] as number);
      }
      if (low[vid] !== vid) continue;
      let diagonal = false;
      let offDiagonal = false;
      let size = 0;
      let w: number;
      do {
        w = stack.pop() as number;
        onStack[index.get(w) as number] = false;
        size += 1;
        if (Math.floor(w / n) === w % n) diagonal = true;
        else offDiagonal = true;
      } while (w !== v);
      // A component of one pair without a self-loop is no cycle at all.
      if (diagonal && offDiagonal && size > 1) return true;
    }
  }
  return false;
}
