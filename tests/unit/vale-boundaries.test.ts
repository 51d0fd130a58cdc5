import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importValeStyle } from '@/utils/brands/vale-import';
import { mergeRepeatedRuns } from '@/utils/brands/vale-patterns';
import { guidelinesOf, onlyCategory, spans } from './check-helpers';

const voice = onlyCategory('voice');
const found = (rule: Record<string, unknown>, text: string) =>
  spans(text, { platform: 'mastodon', guidelines: guidelinesOf(rule) }, voice);

/**
 * Vale wraps existence, substitution and consistency patterns in `\b(?:…)\b` (definition.go `wordTemplate`)
 * and compiles them with errata-ai/regexp2 v1.7.0, whose `\b` is a boundary between a word character
 * (letter, non-spacing mark, decimal digit, connector; runner.go `isBoundary`, charclass.go `IsWordChar`)
 * and anything else. So a pattern that starts or ends in punctuation needs a word character on that side.
 */
describe("Vale's \\b(?:…)\\b for patterns that start or end in punctuation", () => {
  it.each([
    // [name, rule, text, expected `start-end ruleId`]
    [
      "Microsoft's Suspended: `\\w+- and \\w+-` before the word it prefixes (Punctuation fixture, line 24)",
      { kind: 'existence', tokens: ['\\w+- and \\w+-'], ignorecase: true },
      'such as left- and right-aligned text',
      ['8-24 r0'],
    ],
    [
      '`left-` needs a word after the hyphen',
      { kind: 'existence', tokens: ['left-'] },
      'left- and left-aligned',
      ['10-15 r0'],
    ],
    [
      'a pattern that starts in punctuation needs a word before it (`\\b-in` fails after a space)',
      { kind: 'existence', tokens: ['-in'] },
      'a -in plug-in',
      ['10-13 r0'],
    ],
    [
      'the regular expression backtracks to an end at a boundary (`right-` rather than `right-a`)',
      { kind: 'existence', tokens: ['right-?'] },
      'right-, right-aligned',
      ['0-5 r0', '8-14 r0'],
    ],
    [
      'a word ending in a letter of another script is not cut (café is one word to regexp2 too)',
      { kind: 'existence', tokens: ['caf'] },
      'café caf',
      ['5-8 r0'],
    ],
    [
      'substitution keys ending in punctuation: `e.g.` before a space has no boundary after the dot',
      { kind: 'substitution', swap: { 'e\\.g\\.': 'for example' } },
      'e.g. this, e.g.that',
      ['11-15 r0'],
    ],
    [
      'OnBrand keeps one difference: a rule for a #hashtag finds it after a space',
      { kind: 'existence', tokens: ['#ad'], ignorecase: true },
      'Great stuff #ad',
      ['12-15 r0'],
    ],
  ])('%s', (_name, rule, text, expected) => {
    expect(found(rule, text)).toEqual(expected);
  });

  it('a pattern with URL syntax is found inside a link (Red Hat GitLinks, SessionId); a word inside one is not', () => {
    expect(
      found(
        { kind: 'existence', tokens: ['https://github\\.com(?!/openshift)'], nonword: true },
        'see https://github.com/project1',
      ),
    ).toEqual(['4-22 r0']);
    expect(
      found(
        { kind: 'existence', tokens: ['[&?]sessionId=[0-9a-z-]{8,}'], ignorecase: true },
        'https://x.com/a?sessionId=db3c2209-19d0',
      ),
    ).toEqual(['15-39 r0']);
    expect(
      found({ kind: 'existence', tokens: ['project'] }, 'see https://github.com/project1 project'),
    ).toEqual(['32-39 r0']);
  });
});

describe("Vale's sentence blocks: a match that runs past its sentence's end", () => {
  // Elastic's Exclamation (`\\w+!(?:\\s|$)`, nonword) on its all-rules.md fixture line 60: Vale lints the
  // trimmed sentence before the paragraph and keeps the first alert at a column, so the match is `amazing!`.
  const exclamation = { kind: 'existence', tokens: ['\\w+!(?:\\s|$)'], nonword: true };

  it('takes the match within the sentence alone, without the space after it', () => {
    const text = 'This is amazing! You should try it!';
    expect(found(exclamation, text)).toEqual(['8-16 r0', '32-35 r0']);
  });

  it('keeps the whole match where the sentence alone has none at that start', () => {
    // `Wow!` is a sentence of its own and `\\w+! Go` needs the next one, so only Vale's paragraph block
    // reports it, as it is.
    expect(found({ kind: 'existence', tokens: ['\\w+! Go'], nonword: true }, 'Wow! Go now')).toEqual([
      '0-7 r0',
    ]);
  });
});

describe('Vale style import: what Vale accepts', () => {
  it('a `{` that starts no repeat is a literal, as in Go (Red Hat TermsErrors `(?<!-|.|{)env`)', () => {
    const file = {
      name: 'Terms.yml',
      text: "extends: substitution\nmessage: Use '%s'\nswap:\n  '(?<!-|\\{)env': environment\n",
    };
    const { rules, report } = importValeStyle([file]);
    expect(report[0]?.status).not.toBe('refused');
    expect(found({ ...rules[0], id: 'r0' } as Record<string, unknown>, 'the env, {env')).toEqual(['4-7 r0']);
  });

  it('`~heading` (all but headings) is the whole post', () => {
    const file = {
      name: 'Obvious.yml',
      text: 'extends: existence\nmessage: "%s"\nscope: ~heading\ntokens:\n  - simply\n',
    };
    expect(importValeStyle([file]).report[0]?.status).toBe('imported');
  });

  it('exceptions only ever see one match, so `.*` in them is not refused as slow over the post (Red Hat Slash)', () => {
    const text =
      "extends: existence\nmessage: \"%s\"\ntokens:\n  - '\\w+/\\w+'\nexceptions:\n  - '.*ai/\\w+'\n";
    const { rules, report } = importValeStyle([{ name: 'Slash.yml', text }]);
    expect(report[0]?.status).toBe('imported');
    expect(found({ ...rules[0], id: 'r0' } as Record<string, unknown>, 'and/or openai/gpt')).toEqual([
      '0-6 r0',
    ]);
  });
});

describe("Red Hat's PascalCamelCase: a repeat that splits a run of capitals in many ways", () => {
  const file = {
    name: 'PascalCamelCase.yml',
    text: readFileSync('tests/conformance/vale-redhat/styles/RedHat/PascalCamelCase.yml', 'utf8'),
  };

  it('imports, with the repeats rewritten to the same words matched in one way only', () => {
    const { rules, report } = importValeStyle([file]);
    expect(report[0]?.status).not.toBe('refused');
    expect(report[0]?.translations).toEqual([
      'tokens[1]: “([A-Z]+[a-z]+[A-Z]+){1,}” became “[A-Z]+[a-z]+(?:[A-Z]{2,}[a-z]+)*[A-Z]+”, the same words matched in one way only',
      'tokens[2]: “([A-Z]+[A-Z]+[a-z]+){1,}” became “(?:[A-Z]{2,}[a-z]+){1,}”, the same words matched in one way only',
    ]);
    const rule = { ...rules[0], id: 'r0' } as Record<string, unknown>;
    // Lines of the upstream fixture: testinvalid.adoc (flagged) and testvalid.adoc (exceptions, not flagged).
    expect(found(rule, 'xmlHttpRequest is a camel case term.')).toEqual(['0-14 r0']);
    expect(found(rule, 'PersistentVolume is an API object.')).toEqual(['0-16 r0']);
    expect(found(rule, 'OpenShift and GitHub')).toEqual([]);
    // What made the original exponential: long runs of capitals between small letters, then no boundary.
    const hostile = `${'AAAAa'.repeat(40)}_`;
    const started = performance.now();
    expect(found(rule, hostile)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(250);
  });

  it.each([
    '([A-Z]+[a-z]+[A-Z]+){1,}',
    '([A-Z]+[a-z]+[A-Z]+){2,}',
    '([A-Z]+[a-z]+[A-Z]+){3,}',
    '([A-Z]+[A-Z]+[a-z]+){1,}',
    '(?:[a-z]+[a-z]+)+',
    '([A-Z]+[a-z]+){2,}',
  ])('`%s` rewritten matches exactly the same strings of A and a up to 12 long', (pattern) => {
    const rewritten = mergeRepeatedRuns(pattern);
    const before = new RegExp(`^(?:${pattern})$`);
    const after = new RegExp(`^(?:${rewritten})$`);
    const differing: string[] = [];
    for (let length = 1; length <= 12; length++) {
      for (let bits = 0; bits < 1 << length; bits++) {
        let text = '';
        for (let i = 0; i < length; i++) text += (bits >> i) & 1 ? 'A' : 'a';
        if (before.test(text) !== after.test(text)) differing.push(text);
      }
    }
    expect(differing).toEqual([]);
  });

  it('the textbook `(a+)+$` becomes `a+$`', () => {
    expect(mergeRepeatedRuns('(a+)+$')).toBe('a+$');
  });

  it('leaves patterns alone that have no run of one class after itself', () => {
    expect(mergeRepeatedRuns('([a-z]+)([A-Z]+[a-z]+){1,}')).toBe('([a-z]+)([A-Z]+[a-z]+){1,}');
    expect(mergeRepeatedRuns('(\\w+ )+and')).toBe('(\\w+ )+and');
  });
});
