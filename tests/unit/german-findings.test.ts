import { afterEach, describe, expect, it } from 'vitest';
import { counterText } from '@/components/overlay/badge';
import { actionsFor, groupFindings } from '@/components/overlay/finding-groups';
import { type CheckOptions, checkDraft } from '@/utils/checks';
import { formatNumber, listOf, plural } from '@/utils/i18n';
import { findingMessage } from '@/utils/i18n/finding-message';
import { marketsInASentence } from '@/utils/i18n/markets';
import { setTestUiLanguage } from '../setup/i18n';

afterEach(() => setTestUiLanguage('en'));

/**
 * What a German UI shows for each disclosure finding the engine really raises for these drafts: the market's
 * law, not the platform's reminder about its own paid-partnership switch (native-label).
 */
function german(text: string, options: CheckOptions): string[] {
  setTestUiLanguage('de');
  return checkDraft(text, options)
    .filter((finding) => finding.category === 'disclosure' && finding.ruleId !== 'native-label')
    .map((finding) => (finding.wording ? findingMessage(finding) : `UNTRANSLATED: ${finding.message}`));
}

const DE: CheckOptions = { platform: 'x', jurisdictions: ['DE'] };
const filler =
  'Morgenlicht über dem Hafen, Kaffee in der Hand und das neue Objektiv hält, was es verspricht. ';

describe('the German market’s disclosure findings in German', () => {
  it.each<[string, string, CheckOptions, string[]]>([
    [
      'no label at all',
      'Mit dem Code SOMMER20 sparen Sie 20 % im Shop.',
      DE,
      [
        'Dieser Beitrag ist kommerziell (ein Rabattcode), hat aber keine Werbekennzeichnung (Deutschland (UWG/MStV)). Beginnen Sie ihn mit „Werbung |“. (Quelle: BGH, 9.9.2021, I ZR 90/20, 125/20, 126/20, im Wortlaut: bezahlte Werbung für Dritte muss als solche erkennbar sein)',
      ],
    ],
    [
      '#ad, which Germany calls not enough',
      'Mit dem Code SOMMER20 sparen Sie 20 % im Shop. #ad',
      DE,
      [
        'Deutschland (UWG/MStV): „#ad“ ist keine ausreichende Kennzeichnung; beginnen Sie den Beitrag mit „Werbung“. (Quelle: Medienanstalten, Leitfaden Werbekennzeichnung (2022), im Wortlaut: „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“)',
      ],
    ],
    [
      '"keine Werbung" on a commercial post',
      'Keine Werbung, aber mit dem Code SOMMER20 sparen Sie 20 %.',
      DE,
      [
        '„Keine Werbung“ sagt den Lesern, dies sei keine Werbung, aber der Beitrag ist kommerziell (ein Rabattcode); das führt sie in die Irre. Ersetzen Sie es durch „Werbung“. (Quelle: BGH, 9.9.2021, I ZR 90/20, 125/20, 126/20, im Wortlaut: bezahlte Werbung für Dritte muss als solche erkennbar sein)',
      ],
    ],
    [
      'a label that is not first',
      'Neue Laufschuhe von @runco, so bequem! Werbung',
      { ...DE, relationship: 'paid' },
      [
        'Deutschland (UWG/MStV): „Werbung“ muss ganz am Anfang stehen, vor allem anderen im Beitrag. (Quelle: Medienanstalten, Leitfaden Werbekennzeichnung (2022), im Wortlaut: „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“)',
      ],
    ],
    [
      'a label below Instagram’s fold',
      `${filler.repeat(3)}#Werbung`,
      { platform: 'instagram', jurisdictions: ['DE'], relationship: 'paid' },
      [
        'Deutschland (UWG/MStV): „#Werbung“ steht unter dem „…mehr“-Umbruch, die meisten Leser sehen es nie; setzen Sie es an den Anfang.',
      ],
    ],
  ])('%s', (_, text, options, expected) => {
    const messages = german(text, options);
    for (const want of expected) expect(messages.some((message) => message.startsWith(want))).toBe(true);
    expect(messages.filter((message) => message.startsWith('UNTRANSLATED'))).toEqual([]);
  });
});

describe('the overlay’s words, numbers and plurals follow the UI language', () => {
  it('German', () => {
    setTestUiLanguage('de');
    expect(plural('badgeProblems', 1, 'de')).toBe('1 Problem');
    expect(plural('badgeProblems', 2, 'de')).toBe('2 Probleme');
    expect(counterText({ count: 10_250, limit: 10_000, overflowAt: 10_000 })).toBe('10.250 / 10.000');
    expect(marketsInASentence(['DE', 'EU'])).toBe('Deutschland (UWG/MStV) und der EU');
    const text = 'Mit dem Code SOMMER20 sparen Sie 20 % im Shop.';
    const findings = checkDraft(text, DE);
    expect(groupFindings(findings, text, new Set()).map((group) => group.title)).toEqual(['Recht']);
    const missing = findings.find((finding) => finding.ruleId === 'disclosure-missing');
    expect(missing && actionsFor(missing, text)[0]?.label).toBe('„Werbung |“ am Anfang einfügen');
  });

  it('English', () => {
    expect(plural('badgeProblems', 1, 'en')).toBe('1 problem');
    expect(plural('badgeProblems', 3, 'en')).toBe('3 problems');
    expect(formatNumber(63_206, 'en')).toBe('63,206');
    expect(listOf(['X', 'LinkedIn', 'Bluesky'], 'en')).toBe('X, LinkedIn, and Bluesky');
  });
});
