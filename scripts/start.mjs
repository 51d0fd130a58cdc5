// `npm start`: builds OnBrand and opens Chromium with it loaded in a fresh profile. A fresh install opens
// the dashboard. Set CHROMIUM_PATH to pick the browser (Google-branded Chrome ignores --load-extension).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

async function findChromium() {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    const { chromium } = await import('@playwright/test');
    if (existsSync(chromium.executablePath())) return chromium.executablePath();
  } catch {}
  return undefined;
}

const browser = await findChromium();
if (!browser) {
  console.error(
    'No Chromium found. Install one (`sudo apt-get install chromium`, or `npx playwright install chromium`),\n' +
      'set CHROMIUM_PATH, or load .output/chrome-mv3 into your own browser with "Load unpacked".',
  );
  process.exit(1);
}
const extension = path.resolve('.output/chrome-mv3');
const profile = mkdtempSync(path.join(tmpdir(), 'onbrand-profile-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  '--no-first-run',
  '--no-default-browser-check',
  // Chromium refuses to run as root without it (containers, CI machines).
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ...process.argv.slice(2),
];
console.log(`Starting ${browser} with OnBrand (profile ${profile}); the dashboard opens on first start.`);
const child = spawn(browser, args, { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
