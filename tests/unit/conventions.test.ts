// The project's conventions, checked: what every site, editor kind and rule must come with. Adding a site or
// a rule without its parts fails here, before a user meets the gap. The checks read the tree as files, so a
// removed fixture or test case fails this test rather than silently shrinking the suites.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_KINDS } from '../../utils/checks/guidelines';
import { SITE_IDS } from '../../utils/sites/ids';

const read = (path: string) => readFileSync(path, 'utf8');
const filesIn = (dir: string, pattern: RegExp) =>
  readdirSync(dir)
    .filter((file) => pattern.test(file))
    .map((file) => join(dir, file));
const allText = (paths: string[]) => paths.map(read).join('\n');

/** The cases of a table-driven suite: `site: '<id>'`, or a site's composer page spread in (`...COMPOSER_PAGES.<id>`). */
function casesIn(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/\bsite: '([a-z]+)'|\.\.\.COMPOSER_PAGES\.([a-z]+)\b/g)].map(
      (match) => (match[1] ?? match[2]) as string,
    ),
  );
}

describe('every site has its parts', () => {
  const overlayCases = casesIn(read('tests/e2e/overlay-sites.spec.ts'));
  const researchCases = casesIn(read('tests/e2e/research-save.spec.ts'));

  it.each(SITE_IDS)('%s: entrypoint, adapter, feed reader, fixtures and e2e cases', (site) => {
    const missing: string[] = [];
    if (!existsSync(`entrypoints/${site}.content/index.ts`)) missing.push('content-script entrypoint');
    if (!existsSync(`utils/sites/${site}.ts`)) missing.push('site adapter');
    if (!existsSync(`utils/sites/feeds/${site}.ts`)) missing.push('feed reader');
    const fixtures = existsSync(`tests/fixtures/sites/${site}`)
      ? readdirSync(`tests/fixtures/sites/${site}`)
      : [];
    if (!fixtures.includes('feed.ts')) missing.push('feed fixture');
    if (!fixtures.some((file) => file !== 'feed.ts' && /\.tsx?$/.test(file)))
      missing.push('composer fixture');
    if (!overlayCases.has(site)) missing.push('overlay e2e case (tests/e2e/overlay-sites.spec.ts)');
    if (!researchCases.has(site)) missing.push('research e2e case (tests/e2e/research-save.spec.ts)');
    expect(missing).toEqual([]);
  });
});

/**
 * The editor kinds the composer fixtures are built on, by the shared component each fixture mounts. Each one
 * inserts differently (utils/editors/), so the Firefox suite must type into every one at least once.
 */
const EDITOR_COMPONENTS: Record<string, RegExp> = {
  'Draft.js': /\bDraftComposer\b|from 'draft-js'/,
  Lexical: /\bLexicalComposer\b|\bmountLexical\b/,
  Quill: /\bQuillComposer\b/,
  TipTap: /\bTipTapComposer\b/,
  textarea: /\bTextareaComposer\b/,
  'plain contenteditable': /\bPlainComposer\b/,
};

function editorKindsOf(fixture: string): string[] {
  const text = read(fixture);
  return Object.entries(EDITOR_COMPONENTS)
    .filter(([, pattern]) => pattern.test(text))
    .map(([kind]) => kind);
}

/** A site's composer fixtures, with the shared page modules they build on (`../shared/x-test-page`). */
function composerFixtures(): string[] {
  return SITE_IDS.flatMap((site) =>
    filesIn(`tests/fixtures/sites/${site}`, /\.tsx?$/).filter((file) => basename(file) !== 'feed.ts'),
  );
}

describe('the Firefox suite types into every editor kind', () => {
  const fixtureEditorKinds = new Set(composerFixtures().flatMap(editorKindsOf));
  const firefoxText = allText(filesIn('tests/firefox', /\.test\.ts$/));
  const firefoxFixtures = [...firefoxText.matchAll(/'([a-z]+)\/([a-z-]+)'/g)]
    .map(([, site, page]) => `tests/fixtures/sites/${site}/${page}`)
    .flatMap((stem) => [`${stem}.ts`, `${stem}.tsx`].filter((path) => existsSync(path)));

  it('the fixtures use every editor kind listed here', () => {
    expect([...fixtureEditorKinds].sort()).toEqual(Object.keys(EDITOR_COMPONENTS).sort());
  });

  it.each(Object.keys(EDITOR_COMPONENTS))('%s', (kind) => {
    const covering = firefoxFixtures.filter((fixture) => editorKindsOf(fixture).includes(kind));
    expect(covering, `no Firefox test opens a fixture built on ${kind}`).not.toEqual([]);
  });
});

describe('every check has unit cases', () => {
  const testText = allText([
    ...filesIn('tests/unit', /\.test\.ts$/),
    ...readdirSync('tests/conformance', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => join('tests/conformance', file)),
  ]);

  // One file per rule kind and built-in rule, named by its id (utils/checks/kinds/<id>.ts); the tests name
  // the id in their expected findings or in the rules they build.
  it.each(filesIn('utils/checks/kinds', /\.ts$/).map((file) => basename(file, '.ts')))('%s', (id) => {
    expect(new RegExp(`(?<![\\w/-])${id}(?![\\w-])`).test(testText)).toBe(true);
  });

  // The registry of rule kinds (guidelines.ts) and the files agree: each kind is checked in its own file.
  it.each(RULE_KINDS)('the %s rule kind has its file', (kind) => {
    expect(existsSync(`utils/checks/kinds/${kind}.ts`)).toBe(true);
  });
});
