import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { type FindingCardView, findingCard, ruleTitle } from '@/components/finding-card/finding-card';
import { findingCardElement } from '@/components/finding-card/finding-card-dom';
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

  it('titles a built-in check by what it found, in the UI language, not by its section or its id', () => {
    const text = 'Unser neuer Sommerduft ist da! Mit dem Code SOMMER20 sparen Sie 20 % im Shop. #ad';
    const titles = () =>
      checkDraft(text, { platform: 'x', jurisdictions: ['DE', 'EU'] }).map(
        (finding) => findingCard(finding, text).title,
      );
    expect(titles()).toEqual(['Unclear ad label', 'Where the ad label stands']);
    setTestUiLanguage('de');
    expect(titles()).toEqual(['Unklare Werbekennzeichnung', 'Position der Werbekennzeichnung']);
  });

  it('has a title of its own for every built-in check, never a section heading', () => {
    const sources = readdirSync('utils/checks/kinds').map((name) => `utils/checks/kinds/${name}`);
    const ids = new Set(
      [...sources, 'utils/checks/privacy.ts'].flatMap((file) =>
        [
          ...readFileSync(file, 'utf8').matchAll(
            /(?:ruleId: |capFinding\(\s*|privacyFinding\(\w+, )'([a-z-]+)'/g,
          ),
        ].map(([, id]) => String(id)),
      ),
    );
    expect(ids.size).toBeGreaterThan(25);
    const headings = ['Compliance', 'Platform', 'Brand voice', 'Copyright', 'Recht', 'Plattform'];
    setTestUiLanguage('de');
    for (const ruleId of ids) {
      const title = findingCard(aFinding({ ruleId, category: 'disclosure' }), '').title;
      expect(headings, ruleId).not.toContain(title);
      // Worded from the catalogue, not the id turned into (English) words, "Privacy phone".
      expect(title, ruleId).not.toBe(ruleTitle(ruleId));
    }
  });

  it('shows the title on the DOM card the panel and the picker use', () => {
    const { document } = parseHTML('<html><body></body></html>');
    Object.assign(globalThis, { document });
    try {
      const text = 'Call me on +49 151 23456789';
      const phone = checkDraft(text, { platform: 'x' }).find((finding) => finding.ruleId === 'privacy-phone');
      const card = findingCardElement(findingCard(phone as Finding, text), null);
      expect(card.querySelector('.finding-title')?.textContent).toBe('Phone number');
    } finally {
      Reflect.deleteProperty(globalThis, 'document');
    }
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
