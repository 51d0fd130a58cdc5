import { describe, expect, it } from 'vitest';
import { percent } from '../vale-harness/harness';
import { runTestdata } from './run';

/** Vale's own fixtures (run.ts); the bar over all of Vale's tests is in vale-conformance.test.ts. */
describe("Vale's own test fixtures, run through OnBrand", () => {
  const { files, imported, tally, notRun, refused, notApplicable } = runTestdata();
  console.log(
    [
      `Vale testdata: rule files imported ${percent(imported, files)}`,
      `expected alerts found at the same line and column: ${percent(tally.found, tally.expected)}, extra alerts: ${tally.extra.length}`,
      `messages identical: ${percent(tally.messagesEqual, tally.found)}`,
      ...(notRun.length ? [`  not run (fixtures not kept): ${notRun.join(', ')}`] : []),
      ...refused.map((line) => `  refused ${line}`),
      ...notApplicable.map((line) => `  not applicable ${line}`),
      ...tally.missed.map((line) => `  missed ${line}`),
      ...tally.extra.map((line) => `  extra ${line}`),
    ].join('\n'),
  );

  it('has alerts to compare', () => {
    expect(tally.expected).toBeGreaterThan(0);
  });

  // The figures reached (53 of 65 files; the 12 refused are listed above with the reason), so a regression fails.
  it('imports every rule file that applies to a post and finds every alert Vale gives with it', () => {
    expect(imported / files).toBeGreaterThanOrEqual(53 / 65);
    expect(tally.found).toBe(tally.expected);
    expect(tally.extra).toEqual([]);
  });
});
