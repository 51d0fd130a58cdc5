// Prints the gzip size of every script OnBrand puts into a site's page and fails when one is over budget.
// Content scripts load into every page of the sites OnBrand supports, so their size is paid on each visit;
// the check engine (check-engine.js) is injected by the background once a composer appears in the page, so
// it is paid once per page that has a composer, and gets the same bound.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 60_000;
const output = process.argv[2] ?? '.output/chrome-mv3';
const contentDir = join(output, 'content-scripts');
const files = readdirSync(contentDir)
  .filter((file) => file.endsWith('.js'))
  .map((file) => join(contentDir, file));
const engine = join(output, 'check-engine.js');
if (!existsSync(engine)) {
  console.error(`${engine} is missing: the check engine injected into composer pages was not built.`);
  process.exit(1);
}
files.push(engine);

const sizes = files.map((path) => ({
  name: path.slice(output.length + 1),
  gzip: gzipSync(readFileSync(path), { level: 9 }).length,
}));
for (const { name, gzip } of sizes)
  console.log(
    `${gzip > BUDGET ? 'OVER' : 'ok  '} ${name.padEnd(32)} ${gzip.toLocaleString('en')} bytes gzip`,
  );
const over = sizes.filter(({ gzip }) => gzip > BUDGET);
if (over.length > 0) {
  console.error(`${over.length} script(s) over the ${BUDGET.toLocaleString('en')}-byte budget.`);
  process.exit(1);
}
