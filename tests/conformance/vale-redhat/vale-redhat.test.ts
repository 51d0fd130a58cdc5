import { describe, expect, it } from 'vitest';
import { percent } from '../vale-harness/harness';
import { runRedHat } from './run';

/** Red Hat's style against its own rule tests (run.ts). */
describe('Vale style RedHat: its own rule tests, run through OnBrand', () => {
  const run = runRedHat();
  console.log(
    [
      `RedHat: rule files imported ${percent(run.imported, run.files)}`,
      `lines of testinvalid.adoc with an alert: ${percent(run.flagged, run.lines)}, alerts on testvalid.adoc: ${run.extra.length}`,
      ...run.missed.map((line) => `  missed ${line}`),
      ...run.extra.map((line) => `  extra ${line}`),
    ].join('\n'),
  );

  it('imports the rule files, flags the lines upstream says are wrong and none it says are right', () => {
    expect(run.imported / run.files).toBeGreaterThanOrEqual(0.9);
    expect(run.flagged / run.lines).toBeGreaterThanOrEqual(0.98);
    expect(run.extra).toEqual([]);
  });
});
