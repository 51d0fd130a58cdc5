// `npm test`: every check the project has, in order, stopping at nothing so one run shows all failures.
// Exits non-zero if any step failed, and ends with one summary line of the tests that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint and format', 'npm', ['run', '--silent', 'lint']],
  [
    'unit tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=reports/unit.json'],
  ],
  // `wxt zip` builds first: the store packages are made from the same .output/chrome-mv3 the tests load.
  ['Chrome MV3 build and store package', 'npm', ['run', '--silent', 'zip']],
  [
    'size budget of content scripts and the check engine (60,000 bytes gzip each)',
    'node',
    ['scripts/bundle-budget.mjs'],
  ],
  ['Firefox MV3 build, store package and source package', 'npm', ['run', '--silent', 'zip:firefox']],
  [
    'store packages (manifests, icons, languages; the source package rebuilds the Firefox package)',
    'node',
    ['scripts/store-packages.mjs'],
  ],
  ['web-ext lint (Firefox build)', 'npm', ['run', '--silent', 'lint:firefox']],
  ['end-to-end tests (Chromium)', 'npx', ['playwright', 'test']],
  [
    'end-to-end tests (Firefox)',
    'npx',
    [
      'vitest',
      'run',
      '--config=vitest.firefox.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile=reports/firefox.json',
    ],
  ],
];

rmSync('reports', { recursive: true, force: true });
const results = [];
for (const [name, command, args] of steps) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  results.push({ name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}
const unit = readJson('reports/unit.json');
const e2e = readJson('reports/e2e.json');
// Both vitest runs (unit, Firefox end-to-end) write the same JSON shape.
const vitestRuns = [unit, readJson('reports/firefox.json')].filter(Boolean);
const sum = (key) => vitestRuns.reduce((total, run) => total + run[key], 0);
const passed = sum('numPassedTests') + (e2e?.stats.expected ?? 0);
const failed = sum('numFailedTests') + (e2e ? e2e.stats.unexpected + e2e.stats.flaky : 0);
const skipped = sum('numPendingTests') + (e2e?.stats.skipped ?? 0);

/** The first line of what a failed test said, without the terminal's colours. */
function firstLine(message) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are what is stripped.
  const plain = String(message ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split('\n').find((line) => line.trim() !== '') ?? '';
}
/** Every failed or flaky test by file and title: CI keeps only the end of a log, and this is what it needs. */
function failedTests() {
  const lines = [];
  for (const run of vitestRuns)
    for (const file of run.testResults ?? [])
      for (const test of file.assertionResults ?? [])
        if (test.status === 'failed')
          lines.push(
            `${relative(process.cwd(), file.name)} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`,
          );
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        if (test.status === 'unexpected' || test.status === 'flaky') {
          const error = test.results?.find((result) => result.error)?.error;
          lines.push(`${file ?? spec.file} › ${spec.title}: ${firstLine(error?.message)}`);
        }
    for (const child of suite.suites ?? []) walk(child, file ?? suite.file);
  };
  for (const suite of e2e?.suites ?? []) walk(suite, suite.file);
  return lines;
}

console.log('\n━━ summary ━━');
for (const { name, ok, seconds } of results)
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`);
const failedSteps = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failedSteps} passed, ${failedSteps} failed`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
for (const line of failedTests()) console.log(`failed: ${line}`);
process.exit(failedSteps === 0 && failed === 0 && passed > 0 ? 0 : 1);
