import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importValeStyle } from '@/utils/brands/vale-import';
import type { Rule, Severity } from '@/utils/checks';
import {
  type Alert,
  acceptedTerms,
  alertsOf,
  blankCode,
  compare,
  emptyTally,
  headingAlerts,
  minSeverityOf,
  parseFeature,
  type Tally,
  withAccepted,
  withoutHeadings,
} from '../vale-harness/harness';

/**
 * Vale's own acceptance tests (README.md beside this file): the scenarios of `features/checks.feature` and
 * `features/styles.feature` for the rule kinds OnBrand has, with their fixtures and styles as published.
 * Every rule file goes through OnBrand's import; each Markdown fixture through checkDraft with the rules its
 * `.vale.ini` turns on; alerts are compared by file, line, column and rule.
 */

const HERE = 'tests/conformance/vale-testdata';
const FEATURES = ['features/checks.feature', 'features/styles.feature'];
/** Scenarios of kinds OnBrand does not have: Tengo scripts, Hunspell spelling, LanguageTool sequences. */
const OTHER_KINDS = new Set(['checks/Script', 'checks/Spelling', 'checks/Sequence', 'styles/Scripts']);
/** Vale's config file names, in the order Vale looks for them. */
const CONFIG_NAMES = ['.vale.ini', '_vale', '.vale', 'vale.ini', '_vale.ini'];

interface Loaded {
  rule: Rule;
  /** Only `heading` scope: run on each heading's text (harness.ts `headingAlerts`). */
  headings: boolean;
  /** `vocab: false` in the file: the project's vocabulary is not added to the exceptions. */
  noVocab: boolean;
  /** `scope: raw`: Vale runs the rule on the file's source, code spans and all (a post's text is its source). */
  raw: boolean;
}

/** Every style under styles/, imported; rule names are `Style.Rule`. */
function loadStyles(): {
  rules: Map<string, Loaded>;
  files: number;
  styles: Map<string, string[]>;
  refused: Map<string, string>;
} {
  const rules = new Map<string, Loaded>();
  const refused = new Map<string, string>();
  const styles = new Map<string, string[]>();
  let files = 0;
  for (const style of readdirSync(join(HERE, 'styles'))) {
    if (style === 'config') continue;
    const dir = join(HERE, 'styles', style);
    const names = readdirSync(dir).filter((name) => name.endsWith('.yml'));
    styles.set(
      style,
      names.map((name) => name.replace(/\.yml$/, '')),
    );
    files += names.length;
    for (const name of names) {
      const text = readFileSync(join(dir, name), 'utf8');
      // A post has no headings, so the import refuses heading-only rules; the harness hands them headings.
      const headings = /^scope:\s*heading\s*$/m.test(text);
      const {
        rules: [imported],
        report,
      } = importValeStyle([{ name, text: headings ? text.replace(/^scope:.*$/m, '') : text }]);
      if (!imported) {
        refused.set(`${style}.${name.replace(/\.yml$/, '')}`, report[0]?.reasons.join('; ') ?? '');
        continue;
      }
      const id = `${style}.${imported.id}`;
      rules.set(id, {
        rule: { ...imported, id },
        headings,
        noVocab: /^vocab:\s*false\s*$/m.test(text),
        raw: /^scope:\s*raw\s*$/m.test(text),
      });
    }
  }
  return { rules, files, styles, refused };
}

interface Section {
  glob: RegExp;
  settings: [string, string][];
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]*)\}/g, (_m, list: string) => `(?:${list.split(',').join('|')})`)
    .replace(/\*/g, '[^/]*');
  return new RegExp(`^${source}$`);
}

function parseIni(text: string): { root: Map<string, string>; sections: Section[] } {
  const root = new Map<string, string>();
  const sections: Section[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      sections.push({ glob: globToRegExp(header[1] as string), settings: [] });
      continue;
    }
    const setting = /^([^=]+?)\s*=\s*(.*)$/.exec(line);
    if (!setting) continue;
    const current = sections[sections.length - 1];
    if (current) current.settings.push([setting[1] as string, setting[2] as string]);
    else root.set(setting[1] as string, setting[2] as string);
  }
  return { root, sections };
}

/** The rules a file gets: every matching section in order, later settings winning. */
function enabledFor(
  file: string,
  ini: ReturnType<typeof parseIni>,
  styles: Map<string, string[]>,
): Set<string> {
  const on = new Set<string>();
  for (const section of ini.sections) {
    if (!section.glob.test(file)) continue;
    for (const [key, value] of section.settings) {
      if (key === 'BasedOnStyles') {
        for (const style of value.split(',').map((s) => s.trim())) {
          for (const name of styles.get(style) ?? []) on.add(`${style}.${name}`);
        }
      } else if (/^[\w-]+\.[\w-]+$/.test(key)) {
        if (/^(YES|suggestion|warning|error)$/i.test(value)) on.add(key);
        else on.delete(key);
      }
    }
  }
  return on;
}

function alertsOfFile(
  folder: string,
  file: string,
  rules: Loaded[],
  accepted: string[],
  minSeverity: Severity,
): Alert[] {
  const markdown = readFileSync(join(folder, file), 'utf8');
  const text = blankCode(markdown);
  const summary = (r: Loaded) => r.rule.kind === 'metric' || r.rule.kind === 'readability';
  const prose = (raw: boolean) =>
    rules
      .filter((r) => !r.headings && !summary(r) && r.raw === raw)
      .map((r) => withAccepted(r.rule, accepted, r.noVocab));
  const byHeading = rules.filter((r) => r.headings).map((r) => withAccepted(r.rule, accepted, r.noVocab));
  const name = (id: string) => id;
  return [
    ...alertsOf(file, text, prose(false), name, minSeverity),
    ...alertsOf(file, markdown, prose(true), name, minSeverity),
    ...alertsOf(
      file,
      withoutHeadings(text),
      rules.filter(summary).map((r) => r.rule),
      name,
      minSeverity,
    ),
    ...headingAlerts(file, text, byHeading, name, minSeverity),
  ];
}

export interface TestdataRun {
  files: number;
  imported: number;
  tally: Tally;
  notRun: string[];
  /** `Style.Rule: why`, for each rule file the import refuses. */
  refused: string[];
  /** Vale's alerts for refused rules, with the reason the rule does not apply to a post. */
  notApplicable: string[];
}

export function runTestdata(): TestdataRun {
  const { rules, files, styles, refused } = loadStyles();
  const tally = emptyTally();
  const notRun: string[] = [];
  const notApplicable: string[] = [];
  for (const feature of FEATURES) {
    for (const scenario of parseFeature(readFileSync(join(HERE, feature), 'utf8'))) {
      const folder = join(HERE, 'fixtures', scenario.folder);
      if (OTHER_KINDS.has(scenario.folder)) continue;
      const configName = CONFIG_NAMES.find((name) => existsSync(join(folder, name)));
      if (!existsSync(folder) || !configName) {
        notRun.push(scenario.folder);
        continue;
      }
      const ini = parseIni(readFileSync(join(folder, configName), 'utf8'));
      const accepted = acceptedTerms(join(HERE, 'styles/config/vocabularies'), ini.root.get('Vocab'));
      const minSeverity = minSeverityOf(ini.root.get('MinAlertLevel'));
      const actual: Alert[] = [];
      // A post is plain text; the Markdown fixtures are the ones that read as one.
      for (const file of readdirSync(folder).filter((name) => name.endsWith('.md'))) {
        const active = [...enabledFor(file, ini, styles)]
          .map((name) => rules.get(name))
          .filter((rule): rule is Loaded => !!rule);
        actual.push(...alertsOfFile(folder, file, active, accepted, minSeverity));
      }
      const markdownOnly = { ...scenario, alerts: scenario.alerts.filter((a) => a.file.endsWith('.md')) };
      compare(tally, scenario.folder, markdownOnly, actual, (alert) => rules.has(alert.rule));
      for (const alert of markdownOnly.alerts) {
        const why = refused.get(alert.rule);
        if (why !== undefined) {
          notApplicable.push(
            `${scenario.folder}/${alert.file}:${alert.line}:${alert.column}:${alert.rule} (${why})`,
          );
        }
      }
    }
  }
  return {
    files,
    imported: rules.size,
    tally,
    notRun,
    refused: [...refused].map(([rule, why]) => `${rule}: ${why}`),
    notApplicable,
  };
}
