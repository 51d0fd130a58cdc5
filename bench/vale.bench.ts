import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { bench, describe } from 'vitest';
// write-good has no types; it is a CommonJS function of one string.
import writeGood from 'write-good';
import { importValeStyle, type ValeFile } from '@/utils/brands/vale-import';
import { checkDraft, type Guidelines, validateGuidelines } from '@/utils/checks';
import { draftOf } from './drafts';

/** The Microsoft, Google and proselint styles as published (tests/conformance/vale-styles). */
function styleFiles(style: string): ValeFile[] {
  const dir = join('tests/conformance/vale-styles', style, style);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

const taken: string[] = [];
const rules = ['Microsoft', 'Google', 'proselint'].flatMap((style) => {
  const imported = importValeStyle(styleFiles(style), taken).rules;
  taken.push(...imported.map((rule) => rule.id));
  return imported;
});
const validated = validateGuidelines({ name: 'Vale styles', rules });
if (!validated.ok) throw new Error(`the styles do not validate: ${validated.errors[0]?.message}`);
const styles: Guidelines = validated.guidelines;
console.log(`Vale styles loaded: ${styles.rules.length} rules (Microsoft, Google, proselint)`);

const draft = draftOf(3000);
const harper = new LocalLinter({ binary: binaryInlined });
await harper.setup();

/**
 * Each call is timed here as well, from the measured run on (tinybench's `setup` hook says when the warm-up
 * is over), because vitest's JSON report has no p90: scripts/bench.mjs prints median and p90 from these.
 */
const timings = new Map<string, { wall: number[]; cpu: number[] }>();
/** This process's CPU time in ms: on a loaded machine the wall time also counts other processes' turns. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

function writeTimings() {
  const peers = [...timings].map(([name, { wall, cpu }]) => {
    const sorted = [...wall].sort((a, b) => a - b);
    const cpuSorted = [...cpu].sort((a, b) => a - b);
    return {
      name,
      median: percentile(sorted, 0.5),
      p90: percentile(sorted, 0.9),
      cpuMedian: percentile(cpuSorted, 0.5),
      samples: sorted.length,
    };
  });
  const file = process.env.ONBRAND_VALE_JSON;
  if (file) writeFileSync(file, JSON.stringify({ rules: styles.rules.length, peers }));
  else for (const peer of peers) console.log(`${peer.name}: median ${peer.median} ms, p90 ${peer.p90} ms`);
}

/** A synchronous peer is timed synchronously: an `await` would add a turn of the event loop to each call. */
function timed(name: string, run: () => unknown, asynchronous = false) {
  const list: number[] = [];
  const cpu: number[] = [];
  timings.set(name, { wall: list, cpu });
  return [
    name,
    asynchronous
      ? async () => {
          const started = performance.now();
          const cpuStarted = cpuMs();
          await run();
          list.push(performance.now() - started);
          cpu.push(cpuMs() - cpuStarted);
        }
      : () => {
          const started = performance.now();
          const cpuStarted = cpuMs();
          run();
          list.push(performance.now() - started);
          cpu.push(cpuMs() - cpuStarted);
        },
    {
      time: 3000,
      warmupTime: 500,
      warmupIterations: 20,
      setup: (_task: unknown, mode: 'warmup' | 'run') => {
        if (mode === 'run') {
          list.length = 0;
          cpu.length = 0;
        }
      },
      teardown: (_task: unknown, mode: 'warmup' | 'run') => {
        if (mode === 'run') writeTimings();
      },
    },
  ] as const;
}

describe('3,000-character draft with the Microsoft, Google and proselint styles', () => {
  bench(
    ...timed('checkDraft with the three Vale styles (LinkedIn)', () =>
      checkDraft(draft, { platform: 'linkedin', guidelines: styles }),
    ),
  );
  bench(...timed('write-good', () => writeGood(draft)));
  bench(...timed('harper.js (LocalLinter, wasm)', () => harper.lint(draft), true));
});

describe('compiling a brand: the three styles from their files to the first check', () => {
  bench(
    'import + validate + first checkDraft (fresh rule objects)',
    () => {
      const fresh = ['Microsoft', 'Google', 'proselint'].flatMap(
        (style) => importValeStyle(styleFiles(style)).rules,
      );
      const result = validateGuidelines({
        name: 'Vale styles',
        rules: fresh.map((rule, i) => ({ ...rule, id: `${rule.id}-${i}` })),
      });
      if (!result.ok) throw new Error('invalid');
      checkDraft(draft, { platform: 'linkedin', guidelines: result.guidelines });
    },
    { time: 3000, iterations: 5 },
  );
  bench(
    'validate the stored guidelines again (verdicts cached)',
    () => {
      validateGuidelines(styles);
    },
    { time: 2000, iterations: 5 },
  );
});
