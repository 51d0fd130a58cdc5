// Prints the gzip size of every script OnBrand puts into a site's page and fails when one is over budget.
// Content scripts load into every page of the sites OnBrand supports, so their size is paid on each visit;
// the scripts the background injects when a page first needs them (the check engine, the composer tools,
// the feed's save buttons) are paid once per page that uses them, and get the same bound.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 60_000;
const output = process.argv[2] ?? '.output/chrome-mv3';
const contentDir = join(output, 'content-scripts');
const files = readdirSync(contentDir)
  .filter((file) => file.endsWith('.js'))
  .map((file) => join(contentDir, file));
// The scripts the background injects when a page first needs them (utils/lazy-scripts.ts).
for (const script of ['check-engine', 'composer-tools', 'research-save']) {
  const path = join(output, `${script}.js`);
  if (!existsSync(path)) {
    console.error(`${path} is missing: a script injected into the sites' pages was not built.`);
    process.exit(1);
  }
  files.push(path);
}

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
