import { existsSync } from 'node:fs';
import { startTeamServer } from '../../scripts/team-server.mjs';
import { buildFixtures } from '../fixtures/build.mjs';
import { findChromium } from './browser';
import { EXTENSION_DIR } from './extension';

export default async function globalSetup() {
  findChromium();
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Run \`npm run build\` first (npm test does).`);
  }
  await buildFixtures();
  // The team sync specs' CouchDB-protocol server (npm run team-server), in memory, on a free port; workers
  // start after this and inherit the variable.
  const team = await startTeamServer({ port: 0 });
  process.env.ONBRAND_TEAM_SERVER = team.url;
  return () => team.close();
}
