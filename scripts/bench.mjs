// `npm run bench`: performance figures, peers side by side in one run. Each suite lives in bench/*.bench.ts.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const suites = readdirSync('bench').filter((file) => file.endsWith('.bench.ts'));
if (suites.length === 0) {
  console.log('No benchmark suites yet (bench/*.bench.ts).');
  process.exit(0);
}
const { status } = spawnSync('npx', ['vitest', 'bench', '--run', 'bench/'], { stdio: 'inherit' });
process.exit(status ?? 1);
