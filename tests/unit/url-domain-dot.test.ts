import validCCTLD from 'twitter-text/dist/esm/regexp/validCCTLD';
import validGTLD from 'twitter-text/dist/esm/regexp/validGTLD';
import validPunycode from 'twitter-text/dist/esm/regexp/validPunycode';
import { describe, expect, it } from 'vitest';

// counting/urls.ts reads only runs with a `.` followed by a letter: every top-level domain twitter-text
// accepts must start with one.
const alternatives = (pattern: RegExp) =>
  pattern.source
    .replace(/^\(\?:\(\?:/, '')
    .replace(/\)\(\?=.*$/, '')
    .split('|');

describe("twitter-text's top-level domains", () => {
  it.each([
    ['generic', validGTLD],
    ['country', validCCTLD],
  ])('every %s one starts with a letter', (_name, pattern) => {
    const tlds = alternatives(pattern);
    expect(tlds.length).toBeGreaterThan(300);
    expect(tlds.filter((tld) => !/^\p{L}/u.test(tld))).toEqual([]);
  });

  it('punycode ones start with xn--', () => {
    expect(validPunycode.source).toBe('(?:xn--[\\-0-9a-z]+)');
  });
});
