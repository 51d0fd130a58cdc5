import { describe, expect, it } from 'vitest';
import { percent } from './vale-harness/harness';
import { runStyles } from './vale-styles/run';
import { runTestdata } from './vale-testdata/run';

/**
 * The bar over all of Vale's conformance data (the seven styles' acceptance tests and Vale's own testdata):
 * every alert Vale expects from the rules OnBrand imports, at the same line and column, and at most the one
 * extra alert that is an upstream discrepancy (write-good's Weasel scenario, vale-styles/README.md). The
 * issue asked for 98 % and 3; the bar is the figure reached, so a regression fails.
 */
describe('Vale conformance, all suites', () => {
  const suites = [runStyles().tally, runTestdata().tally];
  const expected = suites.reduce((n, t) => n + t.expected, 0);
  const found = suites.reduce((n, t) => n + t.found, 0);
  const extra = suites.reduce((n, t) => n + t.extra.length, 0);
  console.log(`Vale conformance: found ${percent(found, expected)}, extra alerts: ${extra}`);

  it('finds the alerts Vale expects, at the same line and column', () => {
    expect(found).toBe(expected);
    expect(extra).toBeLessThanOrEqual(1);
  });
});
