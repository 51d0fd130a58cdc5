import { existsSync } from 'node:fs';
import { buildFixtures } from '../fixtures/build.mjs';
import { findChromium } from './browser';
import { EXTENSION_DIR } from './extension';

export default async function globalSetup() {
  findChromium();
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Run \`npm run build\` first (npm test does).`);
  }
  await buildFixtures();
}
