import { afterEach, describe, expect, it } from 'vitest';
import { type FindingCardView, findingCard } from '@/components/finding-card/finding-card';
import { checkDraft, defaultGuidelines, type Finding } from '@/utils/checks';
import { setTestUiLanguage } from '../setup/i18n';
import { aFinding } from '../shared/finding';

afterEach(() => setTestUiLanguage('en'));

/** What a card shows, as a user reads it (the fixes by their labels). */
const shown = ({ fixes, ...card }: FindingCardView) => ({ ...card, fixes: fixes.map((fix) => fix.label) });

const DRAFT = 'Hey guys, the launch is tomorrow.';
const inclusive = (): Finding => {
  const found = checkDraft(DRAFT, { platform: 'x', guidelines: defaultGuidelines });
  const finding = found.find((item) => item.ruleId === 'inclusive-language');
  if (!finding) throw new Error(`no inclusive-language finding in ${JSON.stringify(found)}`);
  return finding;
};

describe('findingCard', () => {
  it('says what a guideline finding is about, in English', () => {
    expect(shown(findingCard(inclusive(), DRAFT))).toEqual({
      ruleId: 'inclusive-language',
      severity: 'warning',
      title: 'Inclusive language',
      severityWord: 'warning',
      // The substitution's alternatives one by one, not Vale's raw "hi everyone|hi all".
      message: 'Prefer “hi everyone” / “hi all” (inclusive language).',
      span: null,
      fixes: ['Replace with “hi everyone”', 'Replace with “hi all”'],
      preview: { before: '', removed: 'Hey guys', added: 'hi everyone', after: ', the launch is tomorrow…' },
      source: {
        href: 'https://developers.google.com/style/inclusive-documentation',
        label: 'Source: Google for Developers',
      },
    });
  });

  it('says the same in German, with German quotes and words', () => {
    setTestUiLanguage('de');
    expect(shown(findingCard(inclusive(), DRAFT))).toMatchObject({
      title: 'Inclusive language',
      severityWord: 'Warnung',
      message: 'Prefer „hi everyone“ / „hi all“ (inclusive language).',
      fixes: ['Ersetzen durch „hi everyone“', 'Ersetzen durch „hi all“'],
      source: { label: 'Quelle: Google for Developers' },
    });
  });

  it('has one word per severity, "note" for info, in both languages', () => {
    const words = (language: 'en' | 'de') => {
      setTestUiLanguage(language);
      return (['error', 'warning', 'info'] as const).map(
        (severity) => findingCard(aFinding({ severity }), '').severityWord,
      );
    };
    expect(words('en')).toEqual(['error', 'warning', 'note']);
    expect(words('de')).toEqual(['Fehler', 'Warnung', 'Hinweis']);
  });

  it('titles a built-in check by its section, in the UI language, not by its id', () => {
    const text = 'Loving this serum, use code GLOW20 for 20% off!';
    const disclosure = checkDraft(text, { platform: 'instagram' }).find(
      (item) => item.category === 'disclosure',
    );
    expect(disclosure).toBeDefined();
    expect(findingCard(disclosure as Finding, text).title).toBe('Compliance');
    setTestUiLanguage('de');
    expect(findingCard(disclosure as Finding, text).title).toBe('Recht');
  });

  it('quotes the flagged words when there is no fix to preview, and leaves them out when none are flagged', () => {
    const text = 'Our synergy plan';
    expect(findingCard(aFinding({ start: 4, end: 11 }), text)).toMatchObject({
      span: '“synergy”',
      preview: null,
      fixes: [],
    });
    expect(findingCard(aFinding({}), text).span).toBeNull();
    setTestUiLanguage('de');
    expect(findingCard(aFinding({ start: 4, end: 11 }), text).span).toBe('„synergy“');
  });

  it('keeps a message as written when a rule has one replacement or its text does not hold them', () => {
    const one = aFinding({ message: 'Prefer "allowlist".', suggestions: ['allowlist'] });
    expect(findingCard(one, '').message).toBe('Prefer "allowlist".');
    const own = aFinding({ message: 'Say it kinder.', suggestions: ['hi everyone', 'hi all'] });
    expect(findingCard(own, '').message).toBe('Say it kinder.');
    const bare = aFinding({
      message: 'Use hi everyone|hi all here.',
      suggestions: ['hi everyone', 'hi all'],
    });
    expect(findingCard(bare, '').message).toBe('Use “hi everyone” / “hi all” here.');
  });
});
