import { type AST, RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { JS } from 'refa';
import { analyse, type Report } from 'scslre';
import { formatNumber, t, uiLocale } from '../i18n';
import { hasExponentialAmbiguity } from './ambiguity';
import { WORD_END } from './text';

/**
 * Whether a user's regular expression may run on every draft. A guideline's patterns run after every typing
 * pause inside the page, so one pattern whose matching time explodes on some input would freeze the composer.
 *
 * The verdict is a pure function of the pattern and its flags: no clock is involved (a verdict that depended on
 * the machine's load imported a file on one run and refused it on the next). The pattern is analysed exactly as
 * the engine runs it (utils/checks/text.ts `compilePattern`): with the `u` flag, with `i` when the rule has
 * `ignorecase` (case folding makes `[a-z]|[A-Z]` two ways of matching one letter), and inside the word-boundary
 * wrapper of word-bounded rules.
 *
 * Two analyses, both on finite automata, so their cost is bounded by sizes, not time:
 * - exponential ambiguity of the position automaton (ambiguity.ts), which also catches `(?:[a-z]|[A-Z])*`
 *   under `ignorecase` and `(a|ab|b)*`, where no quantifier is nested in another;
 * - scslre (refa) for quantifiers that trade characters with each other or with themselves (`(a+)+`,
 *   `\s*\s+`), with the rewrite it proposes.
 * Refused: anything exponential, and polynomial cost over whitespace (a trade, or an open repeat tried from
 * every start position such as `[^,]+,`: they grow with the length of the whole draft, not of one word).
 * Polynomial cost inside words (`\w+\s*\w+`) is accepted: words are short, and the run-time budget (diagnostics.ts) stops a rule
 * that still runs too long.
 */

export interface PatternFlags {
  ignorecase?: boolean;
  /** Matched as a whole word (existence, substitution, consistency unless `nonword`). */
  wordBounded?: boolean;
  /**
   * Run on the text of one match only, never on the post (exceptions: Vale tests them against the observed
   * text, existence.go `isMatch(e.exceptRe, observed)`), so polynomial cost is bounded by the match's length.
   */
  onMatch?: boolean;
}

/** Patterns longer than this are refused outright (Vale's Passive rules, the longest known, have 2,600). */
export const MAX_PATTERN_LENGTH = 10_000;

/** Without any of these characters a pattern has no repetition or alternation and cannot backtrack. */
const SPECIAL = /[\\^$|?*+()[\]{}.]/;

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** Identical patterns (40 copies in one pack, the same pack refreshed every six hours) are analysed once. */
const verdicts = new Map<string, string | null>();
const MAX_VERDICTS = 5_000;

/** Whether the pattern is valid as the engine compiles it; the reason when not. */
export function explainInvalidPattern(pattern: string): string | null {
  if (pattern.length === 0) return t('patternRefusedEmpty');
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return t('patternRefusedTooLong', formatNumber(pattern.length), formatNumber(MAX_PATTERN_LENGTH));
  }
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    // The browser's own words for the syntax error: it has them in English only.
    return t('patternRefusedInvalid', error instanceof Error ? error.message : String(error));
  }
  return null;
}

/** Whether the pattern needs the backtracking analysis at all (plain words do not). */
export function needsAnalysis(pattern: string): boolean {
  return SPECIAL.test(pattern);
}

/**
 * Why a user-supplied regular expression must be refused, or null when it is fine; one sentence that says what
 * to change.
 */
export function explainUnsafePattern(pattern: string, flags: PatternFlags = {}): string | null {
  const invalid = explainInvalidPattern(pattern);
  if (invalid) return invalid;
  if (!needsAnalysis(pattern)) return null;
  // The verdict is a sentence in the UI language, so the language is part of what it depends on.
  const key = `${uiLocale()} ${flags.ignorecase ? 'i' : '-'}${flags.wordBounded ? 'w' : '-'}${flags.onMatch ? 'm' : '-'}${pattern}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  const verdict = analysePattern(pattern, flags);
  if (verdicts.size >= MAX_VERDICTS) verdicts.delete(verdicts.keys().next().value as string);
  verdicts.set(key, verdict);
  return verdict;
}

/** How many verdicts are kept (for tests: 40 copies of one pattern are one entry). */
export function cachedVerdictCount(): number {
  return verdicts.size;
}

function analysePattern(pattern: string, flags: PatternFlags): string | null {
  const source = flags.wordBounded ? `(?:${pattern})${WORD_END}` : pattern;
  const flagText = flags.ignorecase ? 'imu' : 'mu';
  let ast: JS.RegexppAst;
  try {
    ast = {
      pattern: parser.parsePattern(source, undefined, undefined, { unicode: true }),
      flags: parser.parseFlags(flagText),
    };
  } catch (error) {
    return t('patternRefusedUnreadable', error instanceof Error ? error.message : String(error));
  }
  try {
    const flagSet = JS.Parser.fromAst(ast).flags;
    if (hasExponentialAmbiguity(ast.pattern, flagSet)) {
      const culprit = smallestAmbiguousRepeat(ast.pattern, flagSet);
      const hint = flags.ignorecase ? t('patternRefusedIgnorecaseHint') : '';
      return culprit
        ? t('patternRefusedAmbiguousRepeat', `\`${culprit}\``, hint)
        : t('patternRefusedAmbiguous', hint);
    }
    const report = worstReport(analyse(ast, { maxReports: 10 }).reports, flags.onMatch ?? false);
    if (report) return describe(report);
    return null;
  } catch {
    return t('patternRefusedTooComplex');
  }
}

/**
 * Exponential reports first, then polynomial trades of whitespace; other reports are accepted. A pattern run
 * on one match only is refused for exponential cost alone.
 */
function worstReport(reports: readonly Report[], onMatch: boolean): Report | undefined {
  const exponential = reports.find((report) => report.exponential);
  if (exponential || onMatch) return exponential;
  // A repeat that also crosses spaces, tried from every start position, is quadratic in the whole draft.
  return reports.find(crossesSpaces);
}

/** Whether the characters a report is about include the space: then it spans words, not one word. */
function crossesSpaces(report: Report): boolean {
  return report.character.set.has(0x20);
}

function describe(report: Report): string {
  const fix = report.fix();
  const rewrite = fix ? stripWrapper(fix.source) : '';
  // scslre's rewrites of class-heavy patterns can be long; a long one helps nobody.
  const example = rewrite && rewrite.length <= 60 ? t('patternRefusedExample', `\`${rewrite}\``) : '';
  if (report.type === 'Self')
    return t(
      'patternRefusedNestedRepeat',
      `\`${report.quant.raw}\``,
      `\`${report.parentQuant.raw}\``,
      example,
    );
  const [a, b] =
    report.type === 'Trade'
      ? [report.startQuant.raw, report.endQuant.raw]
      : [report.quant.raw, report.quant.raw];
  const key = report.exponential
    ? crossesSpaces(report)
      ? 'patternRefusedTradeSpacesExponential'
      : 'patternRefusedTradeExponential'
    : crossesSpaces(report)
      ? 'patternRefusedTradeSpaces'
      : 'patternRefusedTrade';
  return t(key, `\`${a}\``, `\`${b}\``, example);
}

/** The fix scslre proposes is for the wrapped pattern; show the user the part they wrote. */
function stripWrapper(source: string): string {
  const suffix = `)${WORD_END}`;
  return source.startsWith('(?:') && source.endsWith(suffix) ? source.slice(3, -suffix.length) : source;
}

/** The shortest repeat that is exponentially ambiguous on its own: the part the user should change. */
function smallestAmbiguousRepeat(pattern: AST.Pattern, flags: JS.Flags): string | null {
  const repeats: AST.Quantifier[] = [];
  visitRegExpAST(pattern, { onQuantifierEnter: (node) => repeats.push(node) });
  repeats.sort((a, b) => a.raw.length - b.raw.length);
  for (const repeat of repeats) {
    try {
      const alone = parser.parsePattern(repeat.raw, undefined, undefined, { unicode: true });
      if (hasExponentialAmbiguity(alone, flags)) return stripWrapper(repeat.raw);
    } catch {
      // A repeat with a back-reference does not parse alone; try the next one.
    }
  }
  return null;
}
