import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importValeStyle } from '@/utils/brands/vale-import';
import { mayMatch, requiredText } from '@/utils/checks/required-text';
import { plainQuantifiers } from '@/utils/checks/text';

describe('what a pattern cannot match without', () => {
  it('reads the literal text every match holds', () => {
    expect(requiredText('(?:(?:[^\\s,]+,){1,} \\w+ (?:and|or) \\w+[.?!])')).toEqual([' and ', ' or ']);
    expect(requiredText('(?:\\b[^\\s-]+ly-\\w+\\b)')).toEqual(['ly-']);
    expect(requiredText('(?:\\(s\\)|\\(es\\))')).toEqual(['(s)', '(es)']);
    expect(requiredText('(?:\\s[—–]\\s|\\s[—–]|[—–]\\s)')).toEqual(['—', '–']);
    expect(requiredText('[a-z][.?!] {2,}[A-Z]')).toEqual(['  ']);
  });

  it('needs nothing when a part may be left out or is not understood', () => {
    expect(requiredText('colou?r|\\w+')).toBeNull();
    expect(requiredText('(a)\\1')).toBeNull();
    expect(requiredText('x*')).toBeNull();
    expect(requiredText('[^a]')).toBeNull();
  });

  it('writes {1,} as + and {0,} as * outside classes and escapes, matching the same text', () => {
    expect(plainQuantifiers('(?:[^\\s,]+,){1,} x{0,}?')).toBe('(?:[^\\s,]+,)+ x*?');
    expect(plainQuantifiers('[{1,}]\\{1,}a{1,2}')).toBe('[{1,}]\\{1,}a{1,2}');
    const text = 'red, green, blue and gold. xx';
    for (const source of ['(?:[^\\s,]+,){1,} \\w+ (?:and|or) \\w+', 'x{0,}', 'e{1,}']) {
      const braced = [...text.matchAll(new RegExp(source, 'gu'))].map((m) => [m.index, m[0]]);
      expect(
        [...text.matchAll(new RegExp(plainQuantifiers(source), 'gu'))].map((m) => [m.index, m[0]]),
      ).toEqual(braced);
    }
  });

  it('never skips a pattern of the published styles on a text it matches', () => {
    const dir = 'tests/conformance/vale-styles';
    const patterns: { source: string; ignorecase: boolean }[] = [];
    const texts: string[] = [];
    for (const style of readdirSync(dir).filter((name) => !name.includes('.'))) {
      const files = readdirSync(join(dir, style, style))
        .filter((name) => name.endsWith('.yml'))
        .map((name) => ({ name, text: readFileSync(join(dir, style, style, name), 'utf8') }));
      for (const rule of importValeStyle(files).rules) {
        const ignorecase = 'ignorecase' in rule && rule.ignorecase === true;
        const sources =
          rule.kind === 'existence'
            ? rule.tokens
            : rule.kind === 'substitution'
              ? Object.keys(rule.swap)
              : [];
        for (const source of sources) patterns.push({ source, ignorecase });
      }
      const fixtures = join(dir, style, 'fixtures');
      for (const folder of readdirSync(fixtures)) {
        for (const name of readdirSync(join(fixtures, folder))) {
          if (name.endsWith('.md')) texts.push(readFileSync(join(fixtures, folder, name), 'utf8'));
        }
      }
    }
    let matched = 0;
    for (const { source, ignorecase } of patterns) {
      let regex: RegExp;
      try {
        regex = new RegExp(source, ignorecase ? 'iu' : 'u');
      } catch {
        continue;
      }
      for (const text of texts) {
        if (!regex.test(text)) continue;
        matched += 1;
        expect(mayMatch(text, source, ignorecase), source).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(300);
  }, 60_000);
});
