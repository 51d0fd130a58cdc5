// Prints each content script's gzip size and fails when one is over budget (issue 4: under 60 KB each).
// Content scripts load into every page of the sites OnBrand supports, so their size is paid on each visit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 60_000;
const dir = process.argv[2] ?? '.output/chrome-mv3/content-scripts';
const sizes = readdirSync(dir)
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, gzip: gzipSync(readFileSync(join(dir, file)), { level: 9 }).length }));
for (const { file, gzip } of sizes)
  console.log(
    `${gzip > BUDGET ? 'OVER' : 'ok  '} ${file.padEnd(16)} ${gzip.toLocaleString('en')} bytes gzip`,
  );
const over = sizes.filter(({ gzip }) => gzip > BUDGET);
if (over.length > 0) {
  console.error(`${over.length} content script(s) over the ${BUDGET.toLocaleString('en')}-byte budget.`);
  process.exit(1);
}
