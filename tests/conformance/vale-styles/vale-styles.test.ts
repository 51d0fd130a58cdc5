import { describe, expect, it } from 'vitest';
import { percent } from '../vale-harness/harness';
import { runStyles, STYLES, type StyleResult } from './run';

/** The seven styles' own acceptance tests (run.ts); the bar over all of Vale's tests is in vale-conformance.test.ts. */
describe('Vale styles: their own acceptance tests, run through OnBrand', () => {
  const { results, files, imported, tally } = runStyles();
  console.log(
    [
      `Vale styles: rule files imported ${percent(imported, files)}`,
      `expected alerts found at the same line and column: ${percent(tally.found, tally.expected)}, extra alerts: ${tally.extra.length}`,
      `messages identical: ${percent(tally.messagesEqual, tally.found)}`,
      ...STYLES.map((style) => {
        const r = results[style] as StyleResult;
        const stale = r.stale.length ? ` (not compared, stale scenario: ${r.stale.join(', ')})` : '';
        return `  ${style}: imported ${r.imported}/${r.files}, found ${r.found}/${r.expected}, extra ${r.extra.length}${stale}`;
      }),
      ...tally.missed.map((line) => `  missed ${line}`),
      ...tally.extra.map((line) => `  extra ${line}`),
    ].join('\n'),
  );

  // The issue asked for 90 %; the bar is the figure reached (142 of 151), so a regression fails.
  it('imports at least 94 % of the rule files', () => {
    expect(imported / files).toBeGreaterThanOrEqual(142 / 151);
  });
});
