// Renders assets/icon.svg into the PNG sizes the browsers and stores ask for (public/icon/<size>.png, which
// WXT puts into the manifest). Run after changing the SVG: `node scripts/make-icons.mjs`; the PNGs are checked in.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync('assets/icon.svg', 'utf8');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(Boolean);
const browser = await chromium.launch({ executablePath });
const page = await browser.newPage();
mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`public/icon/{${SIZES.join(',')}}.png`);
