// A large X post activity export for the import benches: the real fixture's header and first row, each
// copy with its own post id, permalink and text, so every row is a new post.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

/** `rows` rows of an X export; `firstRow` offsets the ids, so files of successive runs do not overlap. */
export function xExportCsv(rows: number, firstRow = 0): string {
  const fixture = readFileSync(
    join(import.meta.dirname, '../tests/fixtures/analytics/x-post-activity.csv'),
    'utf8',
  );
  const [header, sample] = Papa.parse<string[]>(fixture.trim(), { skipEmptyLines: true }).data as [
    string[],
    string[],
  ];
  const data = Array.from({ length: rows }, (_, index) => {
    const id = String(1_870_000_000_000_000_000n + BigInt(firstRow + index));
    return sample.map((cell, column) =>
      column === 0
        ? id
        : column === 1
          ? `https://twitter.com/acme/status/${id}`
          : column === 2
            ? `${cell} #${index}`
            : cell,
    );
  });
  return Papa.unparse({ fields: header, data });
}
