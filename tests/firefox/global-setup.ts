import { existsSync } from 'node:fs';
import { buildFixtures } from '../fixtures/build.mjs';
import { FIREFOX_EXTENSION_DIR, findFirefox } from './firefox';

export default async function globalSetup() {
  findFirefox();
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) {
    throw new Error(
      `No built extension at ${FIREFOX_EXTENSION_DIR}. Run \`npm run build:firefox\` first (npm test does).`,
    );
  }
  await buildFixtures();
}
