import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importValeStyle } from '@/utils/brands/vale-import';
import { translateGoPattern } from '@/utils/brands/vale-patterns';
import type { Rule } from '@/utils/checks';
import {
  type Alert,
  acceptedTerms,
  alertsOf,
  blankCode,
  headingAlerts,
  withAccepted,
} from '../vale-harness/harness';

/**
 * Elastic's Vale style with its own regression test (README.md beside this file). Upstream's
 * `rule-tests/run_rule_tests.py` runs Vale with the repository's `.vale.ini` on the fixtures and asserts
 * (line, matched text) per rule: for `all-rules.md` that each listed match is among the alerts, for
 * `first-person.md` that FirstPerson's alerts are exactly the listed ones. The expectations are read from
 * that Python file as published; the rule files go through OnBrand's import, the fixtures through checkDraft.
 */

const HERE = 'tests/conformance/vale-elastic';
const STYLE = 'Elastic';

export interface Expected {
  rule: string;
  line: number;
  match: string;
}

/** The Python literals `"Elastic.X": [(12, "a victim of")]` and `(2, "My")` of run_rule_tests.py. */
function expectations(): { allRules: Expected[]; firstPerson: Expected[] } {
  const python = readFileSync(join(HERE, 'rule-tests/run_rule_tests.py'), 'utf8');
  const pairs = (text: string, rule: string) =>
    [...text.matchAll(/\((\d+), (["'])((?:\\.|(?!\2).)*)\2\)/g)].map((m) => ({
      rule,
      line: Number(m[1]),
      match: (m[3] as string).replace(/\\(.)/g, '$1'),
    }));
  const block = /ALL_RULES_EXPECTED = \{([\s\S]*?)\n\}/.exec(python)?.[1] ?? '';
  const allRules = [...block.matchAll(/"(Elastic\.\w+)": \[(.*)\],/g)].flatMap((m) =>
    pairs(m[2] as string, m[1] as string),
  );
  const first =
    /"first-person boundaries",[\s\S]*?"Elastic\.FirstPerson",\s*\[([\s\S]*?)\]/.exec(python)?.[1] ?? '';
  return { allRules, firstPerson: pairs(first, 'Elastic.FirstPerson') };
}

/** `Key = a, b` of the `[*.md]` section (or the root) of the repository's .vale.ini. */
function setting(ini: string, key: string): string[] {
  const line = ini.split('\n').find((l) => l.startsWith(`${key} =`));
  return line
    ? line
        .slice(key.length + 2)
        .trim()
        .split(/,\s+/)
        .filter(Boolean)
    : [];
}

interface Loaded {
  rule: Rule;
  headings: boolean;
  raw: boolean;
}

function loadStyle(accepted: readonly string[]): { rules: Loaded[]; files: number } {
  const dir = join(HERE, 'styles', STYLE);
  const names = readdirSync(dir).filter((name) => name.endsWith('.yml'));
  const rules: Loaded[] = [];
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    const headings = /^scope:\s*heading\s*$/m.test(text);
    const rule = importValeStyle([{ name, text: headings ? text.replace(/^scope:.*$/m, '') : text }])
      .rules[0];
    if (!rule) continue;
    const noVocab = /^vocab:\s*false\s*$/m.test(text);
    rules.push({
      rule: withAccepted(rule, accepted, noVocab),
      headings,
      raw: /^scope:\s*raw\s*$/m.test(text),
    });
  }
  return { rules, files: names.length };
}

/**
 * What Vale lints of the Markdown: front matter, `BlockIgnores` blanked, `TokenIgnores` and code masked as
 * code (Vale turns token-ignored text into code, which it skips). `raw` rules see the file as written.
 */
function prose(markdown: string, blockIgnores: readonly RegExp[], tokenIgnores: readonly RegExp[]): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  let text = markdown.replace(/^---\n[\s\S]*?\n---$/m, blank);
  for (const ignore of blockIgnores) text = text.replace(ignore, blank);
  for (const ignore of tokenIgnores) text = text.replace(ignore, (match) => match.replace(/[^\n]/g, '*'));
  return blankCode(text);
}

/** A Go pattern of the config as a global JavaScript expression; `(?s)` becomes the `s` flag. */
function configPattern(source: string): RegExp | null {
  const dotAll = source.startsWith('(?s)');
  const translated = translateGoPattern(dotAll ? source.slice(4) : source);
  try {
    return new RegExp(translated.pattern, `g${dotAll ? 's' : ''}mu`);
  } catch {
    return null;
  }
}

function alertsOfFile(file: string, loaded: readonly Loaded[], ini: string): Alert[] {
  const markdown = readFileSync(join(HERE, 'rule-tests/fixtures', file), 'utf8');
  const compile = (key: string) =>
    setting(ini, key)
      .map(configPattern)
      .filter((re): re is RegExp => !!re);
  const text = prose(markdown, compile('BlockIgnores'), compile('TokenIgnores'));
  const name = (id: string) => `${STYLE}.${id}`;
  const pick = (keep: (l: Loaded) => boolean) => loaded.filter(keep).map((l) => l.rule);
  return [
    ...alertsOf(
      file,
      text,
      pick((l) => !l.headings && !l.raw),
      name,
    ),
    ...alertsOf(
      file,
      markdown,
      pick((l) => l.raw),
      name,
    ),
    ...headingAlerts(
      file,
      text,
      pick((l) => l.headings),
      name,
    ),
  ];
}

export interface ElasticRun {
  files: number;
  imported: number;
  expected: number;
  found: number;
  missed: string[];
  /** FirstPerson alerts on first-person.md that upstream's exact list does not have. */
  extra: string[];
}

export function runElastic(): ElasticRun {
  const ini = readFileSync(join(HERE, '.vale.ini'), 'utf8');
  const accepted = acceptedTerms(join(HERE, 'styles/config/vocabularies'), setting(ini, 'Vocab').join(','));
  const { rules, files } = loadStyle(accepted);
  const imported = new Set(rules.map((l) => `${STYLE}.${l.rule.id}`));
  const run: ElasticRun = { files, imported: rules.length, expected: 0, found: 0, missed: [], extra: [] };
  const { allRules, firstPerson } = expectations();
  const compare = (file: string, expected: readonly Expected[], exact: boolean) => {
    const actual = alertsOfFile(file, rules, ini);
    const key = (a: { rule: string; line: number; match?: string }) => `${a.rule}:${a.line}:${a.match}`;
    const keys = new Set(actual.map(key));
    for (const alert of expected.filter((e) => imported.has(e.rule))) {
      run.expected += 1;
      if (keys.has(key(alert))) run.found += 1;
      else run.missed.push(`${file}:${key(alert)}`);
    }
    if (!exact) return;
    const wanted = new Set(expected.map(key));
    const rulesNamed = new Set(expected.map((e) => e.rule));
    for (const alert of actual) {
      if (rulesNamed.has(alert.rule) && !wanted.has(key(alert))) run.extra.push(`${file}:${key(alert)}`);
    }
  };
  compare('all-rules.md', allRules, false);
  compare('first-person.md', firstPerson, true);
  return run;
}
