import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/utils/checks';
import { guidelinesOf, onlyCategory, spans } from './check-helpers';

const voice = onlyCategory('voice');

describe('guideline rule kinds (Vale kinds and field names)', () => {
  it.each([
    // [name, rule, text, expected `start-end ruleId`]
    [
      'existence flags a banned word',
      { kind: 'existence', tokens: ['synergy'] },
      'Pure synergy.',
      ['5-12 r0'],
    ],
    [
      'existence respects word boundaries',
      { kind: 'existence', tokens: ['cat'] },
      'concatenate cats cat',
      ['17-20 r0'],
    ],
    [
      'existence finds a phrase after emoji (UTF-16 offsets)',
      { kind: 'existence', tokens: ['game changer'], ignorecase: true },
      '👨‍👩‍👧🚀 A Game Changer!',
      ['13-25 r0'],
    ],
    [
      'existence uses word boundaries in any script',
      { kind: 'existence', tokens: ['Kraft'] },
      'Kraftwerk, Wasserkraft, Kraft und Ruhe',
      ['24-29 r0'],
    ],
    [
      'existence in Cyrillic',
      { kind: 'existence', tokens: ['скидка'] },
      'большаяскидка и скидка',
      ['16-22 r0'],
    ],
    [
      'existence never flags inside @handles, #hashtags or URLs',
      { kind: 'existence', tokens: ['acme'], ignorecase: true },
      '@acme #acme https://acme.com/acme acme',
      ['34-38 r0'],
    ],
    [
      'a rule aimed at hashtags matches them',
      { kind: 'existence', tokens: ['#acme'], ignorecase: true },
      'love #Acme and acme',
      ['5-10 r0'],
    ],
    [
      'nonword matches inside words',
      { kind: 'existence', tokens: ['!!'], nonword: true },
      'wow!!!',
      ['3-5 r0'],
    ],
    [
      'substitution flags the wrong spelling only',
      { kind: 'substitution', swap: { iphone: 'iPhone' }, ignorecase: true },
      'my iphone and my iPhone and my IPHONE',
      ['3-9 r0', '31-37 r0'],
    ],
    [
      'occurrence flags the hashtags past max',
      { kind: 'occurrence', token: '#\\w+', max: 2 },
      '🎉 #a #b #c #d',
      ['9-14 r0'],
    ],
    [
      'occurrence min is about the whole draft',
      { kind: 'occurrence', token: '\\?', min: 1 },
      'No question.',
      ['0-0 r0'],
    ],
    [
      'conditional: first needs second somewhere',
      { kind: 'conditional', first: '\\d{1,3}% off', second: 'T&Cs' },
      'Now 20% off!',
      ['4-11 r0'],
    ],
    [
      'conditional passes when second is present',
      { kind: 'conditional', first: '\\d{1,3}% off', second: 'T&Cs' },
      '20% off, T&Cs apply',
      [],
    ],
    [
      'conditional: a term is defined in its paragraph and the later ones, not the earlier ones (as Vale)',
      { kind: 'conditional', first: '\\b([A-Z]{3,5})\\b', second: '\\(([A-Z]{3,5})\\)' },
      'Ask the WHO.\n\nThe World Health Organization (WHO) and WHO.\n\nWHO again.',
      ['8-11 r0'],
    ],
    [
      'repetition flags the same word twice',
      { kind: 'repetition', tokens: ['[\\p{L}]+'], ignorecase: true },
      '😀 This is the The end',
      ['11-18 r0'],
    ],
    [
      'repetition ignores words across a line break',
      { kind: 'repetition', tokens: ['[\\p{L}]+'] },
      'end\nend',
      [],
    ],
    [
      // Vale's consistency.go `Run`: one alert per paragraph, at the first occurrence of its last use.
      'consistency gives one alert per paragraph, where its last spelling first occurs',
      { kind: 'consistency', either: { colour: 'color' } },
      'colour here, color there, colour again',
      ['0-6 r0'],
    ],
    [
      // Vale remembers the spellings seen in earlier paragraphs (`f.Sequences`).
      'consistency flags each paragraph from the one where both spellings have been seen',
      { kind: 'consistency', either: { colour: 'color' } },
      'colour first.\n\ncolor later.\n\ncolour again.',
      ['15-20 r0', '29-35 r0'],
    ],
    [
      'consistency matches whole words only, unless nonword',
      { kind: 'consistency', either: { colour: 'color' } },
      'watercolour and colorful',
      [],
    ],
    [
      // Vale leaves out its \b boundaries for `nonword` (internal/check/consistency.go, makeRegexp).
      'consistency with nonword finds the spellings inside words',
      { kind: 'consistency', either: { colour: 'color' }, nonword: true },
      'watercolour and colorful',
      ['16-21 r0'],
    ],
  ])('%s', (_name, rule, text, expected) => {
    expect(spans(text, { platform: 'x', guidelines: guidelinesOf(rule) }, voice)).toEqual(expected);
  });

  it('readability flags a hard draft as a whole and leaves a plain one alone', () => {
    const guidelines = guidelinesOf({ kind: 'readability', grade: 8 });
    const hard =
      'Notwithstanding considerable organisational complexity, interdepartmental communication methodologies necessitate comprehensive institutionalisation, particularly regarding multidimensional stakeholder prioritisation frameworks, operational sustainability considerations and the corresponding reconceptualisation of accountability infrastructures across heterogeneous international subsidiaries.';
    const plain =
      'We fixed the bug. The app is fast again. Thank you for your notes. We read all of them. Tell us what you think of the new look, and have a good week.';
    expect(spans(hard, { platform: 'linkedin', guidelines }, voice)).toEqual(['0-0 r0']);
    expect(spans(plain, { platform: 'linkedin', guidelines }, voice)).toEqual([]);
  });

  it('carries the rule id, severity, message with %s and suggestions', () => {
    const guidelines = guidelinesOf({
      id: 'brand-spelling',
      kind: 'substitution',
      severity: 'error',
      message: 'Write "%s", not "%s".',
      ignorecase: true,
      swap: { 'e-?mail': 'email' },
      link: 'https://example.com/style',
    });
    const [finding] = checkDraft('Send an E-mail', { platform: 'x', guidelines }).filter(voice);
    expect(finding).toEqual({
      ruleId: 'brand-spelling',
      category: 'voice',
      severity: 'error',
      start: 8,
      end: 14,
      message: 'Write "email", not "E-mail".',
      suggestions: ['email'],
      source: 'https://example.com/style',
    });
  });

  it('applies a rule only on its platforms', () => {
    const guidelines = guidelinesOf({ kind: 'existence', tokens: ['thread'], platforms: ['linkedin'] });
    expect(spans('a thread', { platform: 'x', guidelines }, voice)).toEqual([]);
    expect(spans('a thread', { platform: 'linkedin', guidelines }, voice)).toEqual(['2-8 r0']);
  });

  it('uses the starter pack when no guidelines are given', () => {
    expect(spans('Hey guys, this is a game-changer', { platform: 'x' }, voice)).toEqual([
      '0-8 inclusive-language',
      '20-32 hype-words',
    ]);
  });

  it('survives unvalidated guidelines with a broken pattern', () => {
    const broken = {
      name: 'x',
      version: 1,
      marks: [],
      rules: [{ id: 'bad', kind: 'existence', message: 'm', severity: 'error', tokens: ['(unclosed'] }],
    };
    // @ts-expect-error: deliberately not what the type allows
    expect(() => checkDraft('text (unclosed', { platform: 'x', guidelines: broken })).not.toThrow();
  });
});
