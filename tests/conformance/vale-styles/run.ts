import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importValeStyle } from '@/utils/brands/vale-import';
import type { Rule } from '@/utils/checks';
import { alertsOf, blankCode, compare, emptyTally, parseFeature, type Tally } from '../vale-harness/harness';

/**
 * Vale's own acceptance tests for seven public styles (README.md beside this file): each `features/rules.feature`
 * scenario runs Vale on a fixture folder and lists the exact alerts, `file:line:column:Style.Rule:message`.
 * Here the style's rule files go through OnBrand's import, the fixture through checkDraft, and the alerts are
 * compared by file, line, column and rule.
 */

const STYLES = ['Microsoft', 'Google', 'proselint', 'write-good', 'Joblint', 'alex', 'IBM'];
const HERE = 'tests/conformance/vale-styles';

/** The rules a fixture's .vale.ini turns on: `BasedOnStyles = X` or `X.Rule = YES`. */
function enabledRules(ini: string, style: string, all: readonly string[]): Set<string> {
  const on = new Set<string>();
  for (const line of ini.split('\n')) {
    const based = /^BasedOnStyles\s*=\s*(.+)$/.exec(line.trim());
    if (based?.[1]?.split(',').some((name) => name.trim() === style)) for (const rule of all) on.add(rule);
    const one = /^([\w-]+)\.([\w-]+)\s*=\s*(\w+)/.exec(line.trim());
    if (one && one[1] === style) {
      if (/^(YES|suggestion|warning|error)$/i.test(one[3] as string)) on.add(one[2] as string);
      else on.delete(one[2] as string);
    }
  }
  return on;
}

interface StyleResult extends Tally {
  files: number;
  imported: number;
  stale: string[];
}

function runStyle(style: string): StyleResult {
  const root = join(HERE, style);
  const ruleDir = join(root, style);
  const files = readdirSync(ruleDir)
    .filter((name) => name.endsWith('.yml'))
    .map((name) => ({ name, text: readFileSync(join(ruleDir, name), 'utf8') }));
  const { rules } = importValeStyle(files);
  const byName = new Map<string, Rule>(rules.map((rule) => [rule.id, rule]));
  const allNames = files.map((file) => file.name.replace(/\.yml$/, ''));
  const result: StyleResult = { ...emptyTally(), files: files.length, imported: rules.length, stale: [] };
  for (const scenario of parseFeature(readFileSync(join(root, 'features/rules.feature'), 'utf8'))) {
    const folder = join(root, 'fixtures', scenario.folder);
    if (!existsSync(folder)) continue;
    const iniPath = join(folder, '.vale.ini');
    const enabled = enabledRules(existsSync(iniPath) ? readFileSync(iniPath, 'utf8') : '', style, allNames);
    const active = [...enabled].map((name) => byName.get(name)).filter((rule): rule is Rule => !!rule);
    const actual = readdirSync(folder)
      .filter((name) => /\.(md|txt|rst)$/.test(name))
      .flatMap((file) =>
        alertsOf(file, blankCode(readFileSync(join(folder, file), 'utf8')), active, (id) => `${style}.${id}`),
      );
    // A scenario that expects rules the style no longer has (alex's feature names `alex.Profanity`, since
    // split into three files) cannot be compared.
    if (scenario.alerts.some((alert) => !allNames.includes(alert.rule.slice(style.length + 1)))) {
      result.stale.push(scenario.folder);
      continue;
    }
    compare(result, scenario.folder, scenario, actual, (alert) =>
      byName.has(alert.rule.slice(style.length + 1)),
    );
  }
  return result;
}

export interface StylesRun {
  results: Record<string, StyleResult>;
  files: number;
  imported: number;
  tally: Tally;
}

/** Every style's rule files imported and its acceptance test run. */
export function runStyles(): StylesRun {
  const results = Object.fromEntries(STYLES.map((style) => [style, runStyle(style)]));
  const sum = (pick: (r: StyleResult) => number) => Object.values(results).reduce((n, r) => n + pick(r), 0);
  return {
    results,
    files: sum((r) => r.files),
    imported: sum((r) => r.imported),
    tally: {
      expected: sum((r) => r.expected),
      found: sum((r) => r.found),
      messagesEqual: sum((r) => r.messagesEqual),
      missed: Object.values(results).flatMap((r) => r.missed),
      extra: Object.values(results).flatMap((r) => r.extra),
    },
  };
}

export { STYLES, type StyleResult };
