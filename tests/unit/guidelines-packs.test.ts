import { describe, expect, it } from 'vitest';
import { exportPack, PACK_FORMAT, parsePack } from '@/utils/brands/guidelines-pack';
import { refreshSubscribedBrand } from '@/utils/brands/pack-subscription';
import { importValeStyle } from '@/utils/brands/vale-import';
import type { Guidelines } from '@/utils/checks';
import { newBrand } from '@/utils/db/brands';
import type { Brand } from '@/utils/db/records';
import { wordedOr } from '@/utils/i18n/finding-message';
import { setTestUiLanguage } from '../setup/i18n';

const guidelines: Guidelines = {
  name: 'Acme voice',
  version: 4,
  marks: [{ term: 'Acme', symbol: '®' }],
  rules: [
    {
      id: 'hype',
      kind: 'existence',
      message: 'No %s',
      severity: 'warning',
      ignorecase: true,
      tokens: ['synergy'],
    },
    { id: 'names', kind: 'substitution', message: 'Write %s', severity: 'error', swap: { iphone: 'iPhone' } },
    {
      id: 'bangs',
      kind: 'occurrence',
      message: 'Too loud',
      severity: 'info',
      token: '!',
      max: 2,
      platforms: ['x'],
    },
  ],
};

describe('guidelines packs', () => {
  it('round-trips: what is exported imports as the same guidelines', () => {
    const text = exportPack(guidelines, new Date('2026-11-23T10:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      format: PACK_FORMAT,
      formatVersion: 1,
      exportedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(parsePack(text)).toEqual({ ok: true, guidelines });
  });

  it('refuses a pack from a newer format version with a clear message', () => {
    const text = JSON.stringify({ format: PACK_FORMAT, formatVersion: 2, guidelines });
    const result = parsePack(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/format version 2.*newer OnBrand.*Update OnBrand/);
  });

  it.each([
    ['not JSON', '{"format":', /not JSON/],
    ['another file', JSON.stringify({ rules: [] }), /not an OnBrand guidelines pack/],
  ])('refuses %s', (_name, text, message) => {
    const result = parsePack(text);
    expect(!result.ok && result.errors[0]).toMatch(message);
  });

  it('names the field and the rule of a bad rule, and why', () => {
    const bad = {
      ...guidelines,
      rules: [
        ...guidelines.rules,
        { id: 'x', kind: 'occurrence', message: 'm', severity: 'info', token: '(a+)+$', max: 1 },
      ],
    };
    const result = parsePack(JSON.stringify({ format: PACK_FORMAT, formatVersion: 1, guidelines: bad }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      expect.stringMatching(
        /^guidelines\.rules\[3\]\.token \(rule "x"\): `\(a\+\)\+\$` (can take exponentially (or quadratically )?long|is too complex)/,
      ),
    ]);
  });
});

describe('Vale style import', () => {
  const files = [
    {
      name: 'Hype.yml',
      text: 'extends: existence\nmessage: "Avoid \'%s\'."\nlevel: warning\nignorecase: true\nscope: sentence\ntokens:\n  - synergy\n  - disruptive\n',
    },
    {
      name: 'Brands.yaml',
      text: 'extends: substitution\nmessage: Use %s\nlevel: error\nswap:\n  iphone: iPhone\n',
    },
    {
      name: 'Headings.yml',
      text: 'extends: capitalization\nmessage: Title case\nmatch: $title\nscope: heading\n',
    },
    { name: 'Spelling.yml', text: 'extends: spelling\nmessage: Did you mean %s?\n' },
    {
      name: 'Grade.yml',
      text: 'extends: readability\nmessage: Grade %s\nlevel: suggestion\ngrade: 8\nmetrics:\n  - LIX\n',
    },
    { name: 'Broken.yml', text: 'extends: existence\ntokens: [unclosed\n' },
    // `(a+)+$` itself imports as `a+$`, the same words matched one way (vale-boundaries.test.ts).
    { name: 'Slow.yml', text: "extends: existence\nmessage: slow\ntokens:\n  - '(a|aa)+$'\n" },
    { name: 'Raw.yml', text: "extends: existence\nmessage: m\nraw:\n  - '\\bfoo'\n" },
    {
      name: 'Words.yml',
      text: "extends: repetition\nmessage: Repeated %s\nlevel: error\nalpha: true\ntokens:\n  - '\\w+'\n",
    },
  ];

  it('imports the kinds OnBrand supports, with Vale levels as severities', () => {
    const result = importValeStyle(files, ['Hype']);
    expect(result.rules).toEqual([
      {
        id: 'Hype-2',
        kind: 'existence',
        message: "Avoid '%s'.",
        severity: 'warning',
        ignorecase: true,
        tokens: ['synergy', 'disruptive'],
      },
      {
        id: 'Brands',
        kind: 'substitution',
        message: 'Use %s',
        severity: 'error',
        swap: { iphone: 'iPhone' },
      },
      // Vale builds the pattern from `raw` when there are no tokens, matched as written.
      { id: 'Raw', kind: 'existence', message: 'm', severity: 'info', nonword: true, tokens: ['\\bfoo'] },
      {
        id: 'Words',
        kind: 'repetition',
        message: 'Repeated %s',
        severity: 'error',
        alpha: true,
        tokens: ['\\w+'],
      },
    ]);
  });

  it('imports a consistency rule with nonword as a rule that matches inside words', () => {
    const result = importValeStyle([
      {
        name: 'Spelling.yml',
        text: 'extends: consistency\nmessage: "Inconsistent spelling of \'%s\'."\nlevel: error\nnonword: true\neither:\n  colour: color\n',
      },
    ]);
    expect(result.rules).toEqual([
      {
        id: 'Spelling',
        kind: 'consistency',
        message: "Inconsistent spelling of '%s'.",
        severity: 'error',
        either: { colour: 'color' },
        nonword: true,
      },
    ]);
    expect(result.report[0]?.status).toBe('imported');
  });

  it('says per file whether it imported as is, with a change of meaning, or not at all', () => {
    const report = Object.fromEntries(importValeStyle(files).report.map((r) => [r.file, r]));
    expect(report['Brands.yaml']).toEqual({
      file: 'Brands.yaml',
      status: 'imported',
      reasons: [],
      reasonWordings: [],
      translations: [],
    });
    expect(report['Hype.yml']?.status).toBe('changed');
    expect(report['Hype.yml']?.reasons).toEqual([
      'it runs on the whole post, not sentence by sentence (scope sentence)',
    ]);
    expect(report['Spelling.yml']?.status).toBe('refused');
  });

  it('says each reason in the UI language: German on a German UI', () => {
    const reasonsIn = (language: 'en' | 'de') => {
      setTestUiLanguage(language);
      const shown = Object.fromEntries(
        importValeStyle(files).report.map((entry) => [
          entry.file,
          entry.reasons.map((reason, i) => wordedOr(entry.reasonWordings[i], reason)),
        ]),
      );
      setTestUiLanguage('en');
      return shown;
    };
    const english = Object.fromEntries(
      importValeStyle(files).report.map((entry) => [entry.file, entry.reasons]),
    );
    expect(reasonsIn('en')).toEqual(english);
    const german = reasonsIn('de');
    expect(german['Hype.yml']).toEqual([
      'sie prüft den ganzen Beitrag, nicht Satz für Satz (scope sentence)',
    ]);
    expect(german['Headings.yml']).toEqual([
      'sie prüft nur `heading`, was ein Social-Media-Beitrag nicht hat (ein Beitrag ist reiner Text)',
    ]);
    expect(german['Spelling.yml']).toEqual([
      'sie ist eine `spelling`-Regel, die Hunspell-Wörterbücher braucht, die OnBrand nicht mitliefert',
    ]);
    expect(german['Broken.yml']?.[0]).toMatch(/^sie ist kein gültiges YAML \(/);
  });

  it('translates Go escapes JavaScript refuses, and says so', () => {
    const { rules, report } = importValeStyle([
      { name: 'WordList.yml', text: "extends: substitution\nmessage: Use '%s'.\nswap:\n  '3\\-D': 3D\n" },
    ]);
    expect(rules[0]).toMatchObject({ kind: 'substitution', swap: { '3-D': '3D' } });
    expect(report[0]).toMatchObject({ status: 'imported', translations: ['swap.3\\-D: “\\-” became “-”'] });
    setTestUiLanguage('de');
    const german = importValeStyle([
      { name: 'WordList.yml', text: "extends: substitution\nmessage: Use '%s'.\nswap:\n  '3\\-D': 3D\n" },
    ]);
    setTestUiLanguage('en');
    expect(german.report[0]?.translations).toEqual(['swap.3\\-D: „\\-“ wurde zu „-“']);
  });

  it('imports a word list of 1,284 tokens (alex ProfanityLikely)', () => {
    const tokens = Array.from({ length: 1284 }, (_, i) => `  - word${i}`).join('\n');
    const { rules, report } = importValeStyle([
      { name: 'Long.yml', text: `extends: existence\nmessage: '%s'\ntokens:\n${tokens}\n` },
    ]);
    expect(report[0]?.status).toBe('imported');
    expect(rules[0]?.kind === 'existence' && rules[0].tokens.length).toBe(1284);
  });

  it('reports every skipped rule with the reason', () => {
    const skipped = Object.fromEntries(importValeStyle(files).skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(skipped)).toEqual([
      'Headings.yml',
      'Spelling.yml',
      'Grade.yml',
      'Broken.yml',
      'Slow.yml',
    ]);
    expect(skipped['Headings.yml']).toMatch(/only checks `heading`, which a social post does not have/);
    expect(skipped['Spelling.yml']).toMatch(/`spelling` rule/);
    expect(skipped['Grade.yml']).toMatch(/^metrics\.0: /);
    expect(skipped['Broken.yml']).toMatch(/not valid YAML/);
    expect(skipped['Slow.yml']).toMatch(/^tokens\.0: `\(a\|aa\)\+\$`/);
  });
});

describe('pack subscription refresh', () => {
  const url = 'https://packs.example.com/acme.json';
  const subscribed: Brand = {
    ...newBrand('Acme', guidelines, 1),
    subscription: { url, etag: '"v4"', packVersion: 4, updatedAt: 1, checkedAt: 1 },
  };
  const newer: Guidelines = { ...guidelines, version: 5, rules: guidelines.rules.slice(0, 1) };

  function fakeFetch(response: Response | Error) {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetchPack = async (u: string, init: RequestInit) => {
      calls.push({ url: u, init });
      if (response instanceof Error) throw response;
      return response;
    };
    return { calls, fetchPack };
  }

  it('sends the ETag and keeps everything on 304, noting the check', async () => {
    const { calls, fetchPack } = fakeFetch(new Response(null, { status: 304 }));
    const result = await refreshSubscribedBrand(subscribed, fetchPack, 50);
    expect(calls[0]?.init.headers).toEqual({ 'If-None-Match': '"v4"' });
    expect(result.guidelines).toBe(subscribed.guidelines);
    expect(result.subscription).toEqual({ ...subscribed.subscription, checkedAt: 50 });
  });

  it('takes a new valid pack with its ETag and version', async () => {
    const { fetchPack } = fakeFetch(
      new Response(exportPack(newer), { status: 200, headers: { etag: '"v5"' } }),
    );
    const result = await refreshSubscribedBrand(subscribed, fetchPack, 60);
    expect(result.guidelines).toEqual(newer);
    expect(result.subscription).toEqual({ url, etag: '"v5"', packVersion: 5, updatedAt: 60, checkedAt: 60 });
  });

  it.each([
    ['a server error', new Response('oops', { status: 500 }), /HTTP 500/],
    ['a network failure', new TypeError('Failed to fetch'), /Could not reach.*Failed to fetch/],
    ['HTML instead of a pack', new Response('<html>', { status: 200 }), /invalid pack.*not JSON/],
    [
      'a pack with a dangerous pattern',
      new Response(
        exportPack({
          ...newer,
          rules: [{ ...guidelines.rules[0], tokens: ['(a+)+$'] } as Guidelines['rules'][number]],
        }),
      ),
      /invalid pack.*rules\[0\]\.tokens\[0\]/,
    ],
    [
      'a newer pack format',
      new Response(JSON.stringify({ format: PACK_FORMAT, formatVersion: 9, guidelines: newer })),
      /format version 9/,
    ],
  ])('keeps the last good copy on %s and says why', async (_name, response, why) => {
    const { fetchPack } = fakeFetch(response);
    const result = await refreshSubscribedBrand(subscribed, fetchPack, 70);
    expect(result.guidelines).toBe(subscribed.guidelines);
    expect(result.subscription).toMatchObject({ etag: '"v4"', packVersion: 4, updatedAt: 1, checkedAt: 70 });
    expect(result.subscription?.lastError).toMatch(why);
  });
});
