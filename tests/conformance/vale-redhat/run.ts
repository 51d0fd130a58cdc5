import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importValeStyle } from '@/utils/brands/vale-import';
import type { Rule } from '@/utils/checks';
import { type Alert, ASCIIDOC_HEADING, alertsOf, blankCode, headingAlerts } from '../vale-harness/harness';

/**
 * Red Hat's Vale style with its own rule tests (README.md beside this file). Upstream's
 * `tools/validate-vale-rules.sh` runs Vale on `.vale/fixtures/RedHat/<Rule>/` with that folder's `.vale.ini`
 * (which turns on that one rule) and asks two things: every non-empty line of `testinvalid.adoc` gets an
 * alert, and `testvalid.adoc` gets none. Here the rule files go through OnBrand's import and the fixtures
 * through checkDraft, and the same two things are counted.
 */

const HERE = 'tests/conformance/vale-redhat';
const STYLE = 'RedHat';

/**
 * What Vale lints of an AsciiDoc file (it renders it with Asciidoctor first): comments, attribute entries,
 * block attribute lines and listing/literal blocks are not prose, so they are blanked (offsets kept), and
 * code spans masked as for Markdown. Section titles are left for the caller to split off.
 */
export function asciidocProse(adoc: string, raw = false): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  const prose = adoc
    .replace(/^(\/{4,}|-{4,}|\.{4,})[ \t]*\n[\s\S]*?^\1[ \t]*$/gm, blank)
    .replace(/^(?:\/\/(?!\/).*|:[\w-]+!?:.*|\[[^\]\n]*\])$/gm, blank);
  // `scope: raw` sees the markup as written, code spans included.
  return raw ? prose : blankCode(prose);
}

const blankHeadings = (text: string) =>
  text.replace(new RegExp(ASCIIDOC_HEADING.source, 'gm'), (line) => ' '.repeat(line.length));

interface Loaded {
  rule: Rule;
  /** Only `heading` scope (refused by the import; a post has none): run on each section title alone. */
  headings: boolean;
  /** `scope: raw`: the file as written. */
  raw: boolean;
}

function loadStyle(): { rules: Map<string, Loaded>; files: number } {
  const dir = join(HERE, 'styles', STYLE);
  const rules = new Map<string, Loaded>();
  const names = readdirSync(dir).filter((name) => name.endsWith('.yml'));
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    const headings = /^scope:\s*heading\s*$/m.test(text);
    const rule = importValeStyle([{ name, text: headings ? text.replace(/^scope:.*$/m, '') : text }])
      .rules[0];
    if (rule) rules.set(name.replace(/\.yml$/, ''), { rule, headings, raw: /^scope:\s*raw\s*$/m.test(text) });
  }
  return { rules, files: names.length };
}

function alertsOfFile(file: string, adoc: string, loaded: Loaded): Alert[] {
  const text = asciidocProse(adoc, loaded.raw);
  const name = (id: string) => `${STYLE}.${id}`;
  if (loaded.headings) return headingAlerts(file, text, [loaded.rule], name, 'info', ASCIIDOC_HEADING);
  const summary = loaded.rule.kind === 'metric' || loaded.rule.kind === 'readability';
  return alertsOf(file, summary ? blankHeadings(text) : text, [loaded.rule], name);
}

export interface RedHatRun {
  files: number;
  imported: number;
  /** Non-empty lines of the testinvalid files of imported rules. */
  lines: number;
  /** Of those, the lines with at least one alert. */
  flagged: number;
  missed: string[];
  /** Alerts on the testvalid files (upstream: a false positive). */
  extra: string[];
}

export function runRedHat(): RedHatRun {
  const { rules, files } = loadStyle();
  const run: RedHatRun = { files, imported: rules.size, lines: 0, flagged: 0, missed: [], extra: [] };
  for (const folder of readdirSync(join(HERE, 'fixtures')).sort()) {
    const loaded = rules.get(folder);
    if (!loaded) continue;
    const read = (file: string) => readFileSync(join(HERE, 'fixtures', folder, file), 'utf8');
    const invalid = read('testinvalid.adoc');
    const alerted = new Set(alertsOfFile('testinvalid.adoc', invalid, loaded).map((alert) => alert.line));
    invalid.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      run.lines += 1;
      if (alerted.has(i + 1)) run.flagged += 1;
      else run.missed.push(`${folder}/testinvalid.adoc:${i + 1}: ${line.trim()}`);
    });
    for (const alert of alertsOfFile('testvalid.adoc', read('testvalid.adoc'), loaded)) {
      run.extra.push(`${folder}/testvalid.adoc:${alert.line}:${alert.column}: ${alert.message}`);
    }
  }
  return run;
}
