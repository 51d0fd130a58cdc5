import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * A Chromium that loads unpacked extensions: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download. Google-branded Chrome ignores --load-extension, so it is never picked.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own installed; fall through to the message below.
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium (not Google Chrome) binary.',
  );
}
