import { describe, expect, it } from 'vitest';
import { percent } from '../vale-harness/harness';
import { runElastic } from './run';

/** Elastic's style against its own regression test (run.ts). */
describe('Vale style Elastic: its own regression test, run through OnBrand', () => {
  const run = runElastic();
  console.log(
    [
      `Elastic: rule files imported ${percent(run.imported, run.files)}`,
      `expected matches found on the same line: ${percent(run.found, run.expected)}, extra: ${run.extra.length}`,
      ...run.missed.map((line) => `  missed ${line}`),
      ...run.extra.map((line) => `  extra ${line}`),
    ].join('\n'),
  );

  it('finds the matches upstream expects, and no FirstPerson match it rules out', () => {
    expect(run.expected).toBeGreaterThan(30);
    expect(run.found / run.expected).toBeGreaterThanOrEqual(0.95);
    expect(run.extra).toEqual([]);
  });
});
