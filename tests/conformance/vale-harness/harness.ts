import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft, type Rule, type Severity } from '@/utils/checks';

/** Vale's levels suggestion < warning < error are OnBrand's info < warning < error. */
const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
/** Vale's `MinAlertLevel` (a config's root section); Vale hides suggestions unless it says otherwise. */
export function minSeverityOf(level: string | undefined): Severity {
  return level === 'suggestion' ? 'info' : level === 'error' ? 'error' : 'warning';
}

/**
 * What the two Vale conformance suites share: reading Cucumber scenarios that list Vale's exact output
 * (`file:line:column:Style.Rule:message`), turning a Markdown fixture into the text a post would be, and
 * comparing OnBrand's findings with Vale's alerts by file, line, column and rule.
 */

export interface Alert {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  /** The matched text (Vale's JSON `Match`). */
  match?: string;
}

export interface Scenario {
  /** The fixture folder, relative to the suite's `fixtures/`. */
  folder: string;
  alerts: Alert[];
  /** `Then the output should contain:` (a subset) rather than `contain exactly:`. */
  subset: boolean;
}

/** `When I test "dir"` runs Vale in fixtures/dir; `When I apply style "X"` in fixtures/styles/X. */
export function parseFeature(text: string): Scenario[] {
  const scenarios: Scenario[] = [];
  let current: Scenario | undefined;
  let inBlock = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const test = /^When I (test|apply style) "([^"]+)"$/.exec(line);
    if (test) {
      const folder = test[1] === 'test' ? (test[2] as string) : `styles/${test[2]}`;
      current = { folder, alerts: [], subset: false };
      scenarios.push(current);
      continue;
    }
    if (/^When /.test(line)) current = undefined;
    if (current && /^Then the output should contain:$/.test(line)) current.subset = true;
    if (line === '"""') {
      inBlock = !inBlock;
      continue;
    }
    const alert = inBlock ? /^([^:]+):(\d+):(\d+):([^:]+):(.*)$/.exec(line) : null;
    if (alert && current) {
      current.alerts.push({
        file: alert[1] as string,
        line: Number(alert[2]),
        column: Number(alert[3]),
        rule: alert[4] as string,
        message: alert[5] as string,
      });
    }
  }
  return scenarios;
}

/**
 * Vale lints Markdown as its rendered text: code spans and code blocks are skipped. The fixtures are
 * Markdown, a post is not, so the harness blanks code (keeping every offset) the way Vale ignores it.
 */
export function blankCode(markdown: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  // Vale masks inline code with asterisks (its occurrence check skips "code-like" runs of `*`), so a word
  // on each side of a code span is not a repetition.
  const mask = (match: string) => '*'.repeat(match.length);
  return markdown
    .replace(/^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]+`/g, mask)
    .replace(
      /(\]\()([^)\s]*)(\))/g,
      (_m, open: string, url: string, close: string) => `]${blank(open.slice(1) + url + close)}`,
    );
}

/** A Markdown ATX heading: its marks (group 1) and its text (group 2). */
export const MARKDOWN_HEADING = /^(#{1,6}[ \t]+)(.*?)[ \t#]*$/;
/** An AsciiDoc section title, `= Title` to `====== Title`. */
export const ASCIIDOC_HEADING = /^(={1,6}[ \t]+)(.*?)[ \t]*$/;

/**
 * Vale's `heading` scope hands a rule each heading's text alone, so `^` is where the heading's words start. A
 * post has no headings, so the harness does the same by hand: each heading's text is checked on its own and
 * the alerts moved to where that text is in the file.
 */
export function headingAlerts(
  file: string,
  markup: string,
  rules: readonly Rule[],
  nameOf: (ruleId: string) => string,
  minSeverity: Severity = 'info',
  headingLine = MARKDOWN_HEADING,
): Alert[] {
  if (!rules.length) return [];
  return markup.split('\n').flatMap((line, i) => {
    const heading = headingLine.exec(line);
    if (!heading) return [];
    const shift = [...(heading[1] as string)].length;
    return alertsOf(file, heading[2] as string, rules, nameOf, minSeverity).map((alert) => ({
      ...alert,
      line: i + 1,
      column: alert.column + shift,
    }));
  });
}

/** Vale's `summary` scope (metric and readability rules) is the prose without headings. */
export function withoutHeadings(markdown: string): string {
  return markdown.replace(/^#{1,6}[ \t][^\n]*$/gm, (line) => ' '.repeat(line.length));
}

export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  // Vale counts columns in code points.
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}

/** The voice findings of `rules` on `text`, as Vale-style alerts named `prefix + rule id`. */
export function alertsOf(
  file: string,
  text: string,
  rules: readonly Rule[],
  nameOf: (ruleId: string) => string,
  minSeverity: Severity = 'info',
): Alert[] {
  const guidelines = { name: 'Vale conformance', version: 1, marks: [], rules: [...rules] };
  return checkDraft(text, { platform: 'mastodon', guidelines })
    .filter((finding) => finding.category === 'voice')
    .filter((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[minSeverity])
    .map((finding) => {
      const at = position(text, finding.start);
      return {
        file,
        line: at.line,
        column: at.column,
        rule: nameOf(finding.ruleId),
        message: finding.message,
        match: text.slice(finding.start, finding.end),
      };
    });
}

/**
 * Vale adds a vocabulary's accepted terms to the exceptions of these kinds (definition.go
 * `updateExceptions`), unless the rule says `vocab: false`; since Vale 3.15 not to a `nonword` existence rule,
 * whose match may merely contain an accepted word (vale-cli/vale 2680b53, issue #1058).
 */
export function withAccepted(rule: Rule, accepted: readonly string[], noVocab = false): Rule {
  if (!accepted.length || noVocab) return rule;
  if (rule.kind === 'existence' && rule.nonword) return rule;
  if (rule.kind !== 'existence' && rule.kind !== 'substitution' && rule.kind !== 'capitalization')
    return rule;
  return { ...rule, exceptions: [...(rule.exceptions ?? []), ...accepted] };
}

/** The terms of `vocabularies/<name>/accept.txt` for each name of a config's `Vocab = a, b`. */
export function acceptedTerms(vocabularies: string, vocab: string | undefined): string[] {
  if (!vocab) return [];
  return vocab.split(',').flatMap((name) => {
    const path = join(vocabularies, name.trim(), 'accept.txt');
    return existsSync(path)
      ? readFileSync(path, 'utf8')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
      : [];
  });
}

export interface Tally {
  expected: number;
  found: number;
  messagesEqual: number;
  missed: string[];
  extra: string[];
}

export const emptyTally = (): Tally => ({ expected: 0, found: 0, messagesEqual: 0, missed: [], extra: [] });

/**
 * Counts the expected alerts found at the same place, and the alerts Vale does not give. `counts` says
 * which expected alerts are for rules under test (rules the import refuses are not); in a `subset`
 * scenario only alerts of rules the scenario names can be extra.
 */
export function compare(
  tally: Tally,
  folder: string,
  scenario: Scenario,
  actual: readonly Alert[],
  counts: (alert: Alert) => boolean,
): void {
  const key = (a: Alert) => `${folder}/${a.file}:${a.line}:${a.column}:${a.rule}`;
  const expected = scenario.alerts.filter(counts);
  const actualByKey = new Map(actual.map((a) => [key(a), a]));
  const expectedKeys = new Set(expected.map(key));
  const named = new Set(scenario.alerts.map((a) => `${a.file}:${a.rule}`));
  tally.expected += expected.length;
  for (const alert of expected) {
    const match = actualByKey.get(key(alert));
    if (match) {
      tally.found += 1;
      if (match.message === alert.message) tally.messagesEqual += 1;
    } else tally.missed.push(`${key(alert)} ${alert.message}`);
  }
  for (const alert of actual) {
    if (expectedKeys.has(key(alert))) continue;
    if (scenario.subset && !named.has(`${alert.file}:${alert.rule}`)) continue;
    tally.extra.push(`${key(alert)} ${alert.message}`);
  }
}

export const percent = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} % (${a}/${b})`;
