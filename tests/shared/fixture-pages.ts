// How a fixture page is served at a real site URL, whichever browser driver answers the request: the
// Playwright (Chromium) and puppeteer (Firefox) suites both route through these.
import path from 'node:path';

/** Where tests/fixtures/build.mjs puts the bundled pages. */
export const FIXTURE_DIST = path.resolve('tests/fixtures/dist');

/** What any URL without a fixture gets: nothing in the tests reaches the network. */
export const NOT_FOUND_PAGE = '<!doctype html><title>Not found</title><h1>Not found</h1>';

/** The document of a fixture page; `bundle` is tests/fixtures/sites/<site>/<page> (without .tsx). */
export function fixtureDocument(bundle: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${bundle}</title>${head}</head><body><script src="/__fixture/${bundle}.js"></script></body></html>`;
}

/** Fixture documents load their bundle from /__fixture/ on whatever site host they are served at. */
export const FIXTURE_SCRIPT_URL = /^https:\/\/[^/]+\/__fixture\//;

/** The bundle file a /__fixture/ URL asks for. */
export function fixtureScriptFile(url: string): string {
  return path.join(FIXTURE_DIST, new URL(url).pathname.slice('/__fixture/'.length));
}
