/**
 * Vale's `metric` rules evaluate a `formula` and a `condition` with the Tengo scripting language
 * (internal/check/metric.go: `math := import("math"); __res__ := (formula)`, then `res condition`).
 * OnBrand never runs code from a style file, so it reads the part of Tengo a formula uses: numbers, the
 * document's counts as variables, `+ - * / %`, parentheses and the `math` module's functions. Anything else
 * is refused with the reason, once, when the rule is validated; evaluation is then a walk over numbers.
 * The reason is a catalogue key and its words (the rule form and the Vale import say it in the UI language),
 * so the check engine carries no sentences for it.
 */
import type { MessageKey } from '@/utils/i18n/message-key';
import type { Wording } from './types';

/** The counts Vale offers a formula (internal/core/file.go `ComputeMetrics`, and metric.go's `variables`). */
export const METRIC_VARIABLES = [
  'words',
  'sentences',
  'syllables',
  'characters',
  'complex_words',
  'long_words',
  'polysyllabic_words',
  'paragraphs',
  // Markup counts: a post has none, so they are 0, as Vale sets them when a file has none.
  'pre',
  'list',
  'blockquote',
  'heading_h1',
  'heading_h2',
  'heading_h3',
  'heading_h4',
  'heading_h5',
  'heading_h6',
] as const;
export type MetricVariable = (typeof METRIC_VARIABLES)[number];
export type MetricValues = Readonly<Record<MetricVariable, number>>;

const VARIABLES: ReadonlySet<string> = new Set(METRIC_VARIABLES);

/** Tengo's `math` module functions that take and give numbers (https://github.com/d5/tengo, stdlib/math). */
const MATH: Readonly<Record<string, (...args: number[]) => number>> = {
  abs: Math.abs,
  ceil: Math.ceil,
  floor: Math.floor,
  round: Math.round,
  trunc: Math.trunc,
  sqrt: Math.sqrt,
  cbrt: Math.cbrt,
  pow: Math.pow,
  exp: Math.exp,
  log: Math.log,
  log10: Math.log10,
  log2: Math.log2,
  max: Math.max,
  min: Math.min,
};

type Expression = (values: MetricValues) => number;

export type Compiled<T> = { ok: true; value: T } | { ok: false; reason: Wording };

/** A token as the reasons quote it. */
const code = (text: string) => `\`${text}\``;

/**
 * Vale writes `heading.h2` in formulas and turns it into `heading_h2` before evaluating (metric.go's
 * `headings` expression); so does this.
 */
function normalise(formula: string): string {
  return formula.replace(/heading\.(h[1-6])/g, 'heading_$1');
}

const TOKEN = /\s*(?:(\d+(?:\.\d*)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)|(\S))/y;

/** A recursive-descent parser for `sum := product (('+'|'-') product)*` and so on down to atoms. */
function parse(source: string): Compiled<Expression> {
  const tokens: { number?: number; name?: string; symbol?: string }[] = [];
  TOKEN.lastIndex = 0;
  const text = source.trim();
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (!match) break;
    if (match[1] !== undefined) tokens.push({ number: Number(match[1]) });
    else if (match[2] !== undefined) tokens.push({ name: match[2] });
    else if (match[3] !== undefined) tokens.push({ symbol: match[3] });
  }
  let at = 0;
  let reason: Wording | undefined;
  const fail = (key: MessageKey, ...args: string[]): never => {
    reason = { key, args };
    throw new SyntaxError(key);
  };
  const peek = (symbol: string) => tokens[at]?.symbol === symbol;
  const expect = (symbol: string) => {
    if (!peek(symbol)) fail('metricReasonMissing', code(symbol));
    at += 1;
  };

  const atom = (): Expression => {
    const token = tokens[at];
    if (!token) return fail('metricReasonEndsEarly');
    at += 1;
    if (token.number !== undefined) {
      const n = token.number;
      return () => n;
    }
    if (token.symbol === '(') {
      const inner = sum();
      expect(')');
      return inner;
    }
    if (token.symbol === '-' || token.symbol === '+') {
      const operand = atom();
      return token.symbol === '-' ? (v) => -operand(v) : operand;
    }
    if (token.name?.startsWith('math.')) {
      const fn = MATH[token.name.slice(5)];
      if (!fn) return fail('metricReasonNotMath', code(token.name));
      expect('(');
      const args: Expression[] = [];
      if (!peek(')')) {
        args.push(sum());
        while (peek(',')) {
          at += 1;
          args.push(sum());
        }
      }
      expect(')');
      return (v) => fn(...args.map((arg) => arg(v)));
    }
    if (token.name !== undefined) {
      const name = token.name;
      if (!VARIABLES.has(name)) {
        return fail('metricReasonNotCount', code(name), METRIC_VARIABLES.slice(0, 8).join(', '));
      }
      return (v) => v[name as MetricVariable];
    }
    return fail('metricReasonNotAllowed', code(token.symbol ?? ''));
  };
  const product = (): Expression => {
    let left = atom();
    while (peek('*') || peek('/') || peek('%')) {
      const op = tokens[at]?.symbol;
      at += 1;
      const l = left;
      const r = atom();
      left = op === '*' ? (v) => l(v) * r(v) : op === '/' ? (v) => l(v) / r(v) : (v) => l(v) % r(v);
    }
    return left;
  };
  const sum = (): Expression => {
    let left = product();
    while (peek('+') || peek('-')) {
      const op = tokens[at]?.symbol;
      at += 1;
      const l = left;
      const r = product();
      left = op === '+' ? (v) => l(v) + r(v) : (v) => l(v) - r(v);
    }
    return left;
  };

  try {
    if (tokens.length === 0) return { ok: false, reason: { key: 'metricReasonEmpty', args: [] } };
    const expression = sum();
    if (at < tokens.length)
      fail('metricReasonNotAllowed', code(tokens[at]?.symbol ?? tokens[at]?.name ?? ''));
    return { ok: true, value: expression };
  } catch (error) {
    // Only `fail` throws here (2,000 characters of nesting stay far from the stack's limit).
    if (!reason) throw error;
    return { ok: false, reason };
  }
}

export function compileFormula(formula: string): Compiled<Expression> {
  return parse(normalise(formula));
}

const COMPARISONS: Readonly<Record<string, (a: number, b: number) => boolean>> = {
  '>': (a, b) => a > b,
  '<': (a, b) => a < b,
  '>=': (a, b) => a >= b,
  '<=': (a, b) => a <= b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

/**
 * A `condition` such as `> 8` (its right side may use the counts too): Vale evaluates `"<result formatted %f> <condition>"`, so the result is first
 * rounded to six decimals, as Go's `%f` does.
 */
export function compileCondition(
  condition: string,
): Compiled<(result: number, values: MetricValues) => boolean> {
  const match = /^\s*(>=|<=|==|!=|>|<)\s*(.+)$/.exec(condition);
  if (!match) return { ok: false, reason: { key: 'metricReasonComparison', args: [] } };
  const compare = COMPARISONS[match[1] as string] as (a: number, b: number) => boolean;
  const right = parse(normalise(match[2] as string));
  if (!right.ok) return right;
  const bound = right.value;
  return {
    ok: true,
    value: (result, values) => compare(Number(result.toFixed(6)), bound(values)),
  };
}
