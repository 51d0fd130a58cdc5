import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceName } from '@/components/overlay/source-name';

/** A host shown as itself is for links nobody here chose. */
const hasPublisherName = (url: URL) => sourceName(url) !== url.hostname.replace(/^www\./, '');

/** Every https link written into the check engine's sources (utils/checks), with the file it is in. */
function engineLinks(dir = 'utils/checks'): { file: string; url: URL }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return engineLinks(path);
    if (!entry.name.endsWith('.ts')) return [];
    const links = readFileSync(path, 'utf8').match(/https:\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s'"`)]*/g) ?? [];
    return links.map((link) => ({ file: path, url: new URL(link) }));
  });
}

describe('source names', () => {
  it('names the publisher of every source a built-in finding cites, not its host', () => {
    const links = engineLinks();
    expect(links.length).toBeGreaterThan(30);
    const unnamed = links
      .filter(({ url }) => !hasPublisherName(url))
      .map(({ file, url }) => `${file}: ${url.hostname}`);
    expect(unnamed).toEqual([]);
  });

  it('says whose repository a GitHub link is, and shows an unknown site by its host', () => {
    expect(sourceName(new URL('https://github.com/twitter/twitter-text/tree/master/config'))).toBe(
      'twitter/twitter-text on GitHub',
    );
    expect(sourceName(new URL('https://www.eur-lex.europa.eu/eli/reg/2016/679/oj'))).toBe('EUR-Lex');
    expect(sourceName(new URL('https://www.example-brand.de/styleguide'))).toBe('example-brand.de');
  });
});
