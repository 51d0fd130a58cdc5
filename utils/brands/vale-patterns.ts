import { t } from '@/utils/i18n';

/**
 * Vale compiles its patterns with regexp2 in RE2-compatible mode (`regexp2.CompileStd`), i.e. Go's RE2 syntax
 * plus lookaround. OnBrand runs them as JavaScript expressions with the `u` flag, which is stricter about
 * escapes and lacks some of Go's syntax. This rewrites what has an exact JavaScript equivalent and says what
 * could not be kept. Sources: https://github.com/google/re2/wiki/Syntax and
 * https://tc39.es/ecma262/#sec-patterns .
 */

/** A rewrite note in the UI language: "`\A` became `^`". */
const became = (from: string, to: string) => t('valeNoteBecame', from, to);

export interface TranslatedPattern {
  pattern: string;
  /** The pattern asked for case folding with `(?i)`: the rule has to ignore case. */
  ignorecase: boolean;
  /** Rewrites that keep the meaning, for the import report. */
  notes: string[];
  /** What behaves differently from Vale, or null. */
  change: string | null;
}

/** RE2's ASCII POSIX classes, as JavaScript class contents. */
const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/** Characters JavaScript lets a `u`-mode pattern escape outside a class. */
const SYNTAX = new Set('^$\\.*+?()[]{}|/');
/** Inside a class `u` mode also allows `\-`. */
const CLASS_SYNTAX = new Set([...SYNTAX, '-']);

function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

export function translateGoPattern(input: string): TranslatedPattern {
  const notes = new Set<string>();
  let change: string | null = null;
  let ignorecase = false;
  let source = input;

  // Leading inline flags apply to the whole pattern in Go; JavaScript has them only as expression flags.
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading) {
    const flags = leading[1] as string;
    source = source.slice(leading[0].length);
    if (flags.includes('i')) ignorecase = true;
    if (flags.includes('s')) change = t('valeChangeDotAll');
    if (flags.includes('U')) change = t('valeChangeLazy');
    notes.add(t('valeNoteRuleFlag', `(?${flags})`));
  }

  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'Q') {
        const end = source.indexOf('\\E', i + 2);
        const literal = source.slice(i + 2, end === -1 ? source.length : end);
        out += escapeLiteral(literal);
        notes.add(t('valeNoteQuoted'));
        i = end === -1 ? source.length : end + 1;
        continue;
      }
      if (next === 'A' && !inClass) {
        out += '^';
        notes.add(became('\\A', '^'));
        i += 1;
        continue;
      }
      if (next === 'z' && !inClass) {
        out += '$';
        notes.add(became('\\z', '$'));
        i += 1;
        continue;
      }
      if (next === 'x' && source[i + 2] === '{') {
        const end = source.indexOf('}', i + 3);
        out += `\\u{${source.slice(i + 3, end)}}`;
        i = end;
        continue;
      }
      if ((next === 'p' || next === 'P') && /[A-Za-z]/.test(source[i + 2] ?? '') && source[i + 2] !== '{') {
        out += `\\${next}{${source[i + 2]}}`;
        notes.add(became(`\\${next}X`, `\\${next}{X}`));
        i += 2;
        continue;
      }
      if (/[A-Za-z0-9]/.test(next) || (inClass ? CLASS_SYNTAX : SYNTAX).has(next)) {
        out += char + next;
      } else {
        // Go allows escaping any punctuation; `u` mode only syntax characters.
        out += next === '/' ? '\\/' : next;
        notes.add(became(`\\${next}`, next));
      }
      i += 1;
      continue;
    }
    if (inClass) {
      if (char === '[' && source[i + 1] === ':') {
        const end = source.indexOf(':]', i + 2);
        const name = end === -1 ? '' : source.slice(i + 2, end).replace(/^\^/, '');
        if (POSIX[name] !== undefined && !source.slice(i + 2, end).startsWith('^')) {
          out += POSIX[name];
          notes.add(became(`[:${name}:]`, POSIX[name] as string));
          i = end + 1;
          continue;
        }
      }
      if (char === '[') {
        out += '\\[';
        continue;
      }
      if (char === ']') inClass = false;
      out += char;
      continue;
    }
    if (char === '[') {
      inClass = true;
      out += char;
      if (source[i + 1] === '^') {
        out += '^';
        i += 1;
      }
      // A `]` right after `[` or `[^` is a literal in Go.
      if (source[i + 1] === ']') {
        out += '\\]';
        i += 1;
      }
      continue;
    }
    if (char === '{' || char === '}') {
      // Go reads `{` as a repeat only in `{n}`, `{n,}` or `{n,m}`, else as a literal; `u` mode refuses a bare one.
      const repeat = char === '{' ? /^\{\d+(?:,\d*)?\}/.exec(source.slice(i)) : null;
      if (repeat) {
        out += repeat[0];
        i += repeat[0].length - 1;
      } else {
        out += `\\${char}`;
        notes.add(became(char, `\\${char}`));
      }
      continue;
    }
    if (char === '(' && source.startsWith('(?P<', i)) {
      out += '(?<';
      notes.add(became('(?P<name>…)', '(?<name>…)'));
      i += 3;
      continue;
    }
    if (char === '(' && /^\(\?[imsU]+[:)]/.test(source.slice(i))) {
      const match = /^\(\?([imsU]+)([:)])/.exec(source.slice(i)) as RegExpExecArray;
      if ((match[1] as string).includes('i')) ignorecase = true;
      change = t('valeChangeInlineFlag', `(?${match[1]})`);
      out += match[2] === ':' ? '(?:' : '';
      i += match[0].length - 1;
      continue;
    }
    out += char;
  }
  return { pattern: out, ignorecase, notes: [...notes], change };
}

/** A character class of word characters only (`[A-Z]`, `[a-z0-9]`), `\d`, `\w`, or one word character. */
const WORD_CLASS = String.raw`\[(?:[A-Za-z0-9_](?:-[A-Za-z0-9_])?)+\]|\\[dw]|[A-Za-z0-9_]`;
/** A group of two or more runs of such classes, repeated: `([A-Z]+[a-z]+[A-Z]+){1,}`. */
const REPEATED_RUNS = new RegExp(
  String.raw`\((?:\?:)?((?:(?:${WORD_CLASS})(?:\+|\{[1-9]\d*,\}))+)\)(\+|\{([1-9]\d*),\})`,
  'g',
);
const RUN = new RegExp(String.raw`(${WORD_CLASS})(?:\+|\{([1-9]\d*),\})`, 'g');

interface Run {
  cls: string;
  min: number;
}

const runText = ({ cls, min }: Run) => (min === 1 ? `${cls}+` : `${cls}{${min},}`);

/**
 * A repeated group of runs in which one class follows itself, within the group or from its end to its
 * start, rewritten to the same language matched in one way only (Red Hat's PascalCamelCase:
 * `([A-Z]+[a-z]+[A-Z]+){1,}` becomes `[A-Z]+[a-z]+(?:[A-Z]{2,}[a-z]+)*[A-Z]+`, `([A-Z]+[A-Z]+[a-z]+){1,}`
 * becomes `(?:[A-Z]{2,}[a-z]+)+`). Vale runs the first form with regexp2, a backtracking engine like
 * JavaScript's; OnBrand refuses it (the repeat can split a run of capitals in exponentially many ways).
 * `C{a,}C{b,}` is `C{a+b,}`, and `(C{a,} M C{b,}){m,}` is `C{a,} M (?:C{a+b,} M){m-1,} C{b,}`, so the
 * matched texts are the same; only word characters are involved, so inside Vale's `\b(?:…)\b` each match
 * ends where its word ends whichever form runs, and the findings are the same too. Groups are made
 * non-capturing (an existence rule reports the whole match). Other patterns come back unchanged.
 */
export function mergeRepeatedRuns(pattern: string): string {
  return pattern.replace(REPEATED_RUNS, (whole, body: string, repeat: string, atLeast?: string) => {
    const times = repeat === '+' ? 1 : Number(atLeast);
    const runs: Run[] = [];
    for (const [, cls, min] of body.matchAll(RUN)) {
      const run = { cls: cls as string, min: min ? Number(min) : 1 };
      const last = runs[runs.length - 1];
      if (last && last.cls === run.cls) last.min += run.min;
      else runs.push(run);
    }
    const first = runs[0] as Run;
    const last = runs[runs.length - 1] as Run;
    if (runs.length === 1) return runText({ cls: first.cls, min: first.min * times });
    if (first.cls !== last.cls) {
      // Merged inside only: each repetition now splits its text one way.
      const merged = runs.map(runText).join('');
      return merged === body ? whole : `(?:${merged})${repeat}`;
    }
    const middle = runs.slice(1, -1).map(runText).join('');
    const joint = runText({ cls: first.cls, min: first.min + last.min });
    const rest = times === 1 ? '*' : times === 2 ? '+' : `{${times - 1},}`;
    return `${runText(first)}${middle}(?:${joint}${middle})${rest}${runText(last)}`;
  });
}
