import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultStarterGuidelines,
  STARTER_TEMPLATES,
  starterGuidelines,
} from '@/utils/brands/starter-templates';
import { checkDraft, defaultGuidelines, type Guidelines } from '@/utils/checks';
import { t } from '@/utils/i18n';
import { setTestUiLanguage } from '../setup/i18n';

afterEach(() => setTestUiLanguage('en'));

it('shows the starter templates’ titles in the UI language', () => {
  expect(STARTER_TEMPLATES.map((template) => t(template.titleKey))).toEqual(
    STARTER_TEMPLATES.map((template) => template.title),
  );
  setTestUiLanguage('de');
  expect(STARTER_TEMPLATES.map((template) => t(template.titleKey))).toEqual([
    'Klar und freundlich (B2C)',
    'Professionell (B2B)',
    'Inklusive Sprache',
    'Deutsche Markenstimme (Sie oder du)',
  ]);
});

/** Every starting point a new brand can have, made in the current UI language. */
const starts = (): [string, Guidelines, Guidelines][] => [
  ['default', defaultGuidelines, defaultStarterGuidelines()],
  ...STARTER_TEMPLATES.filter((template) => !template.byAddress).map(
    (template): [string, Guidelines, Guidelines] => [
      template.id,
      template.guidelines,
      starterGuidelines(template),
    ],
  ),
];

const placeholders = (message: string) => message.split('%s').length - 1;

describe('a brand made from a starter template', () => {
  it('has the template’s rules, messages as written, in an English UI', () => {
    for (const [id, written, made] of starts()) expect(made, id).toEqual(written);
  });

  it('has German messages in a German UI, each filling in what the English one does', () => {
    setTestUiLanguage('de');
    for (const [id, written, made] of starts()) {
      expect(
        made.rules.map(({ message, ...rule }) => rule),
        id,
      ).toEqual(written.rules.map(({ message, ...rule }) => rule));
      for (const [index, rule] of made.rules.entries()) {
        const english = written.rules[index]?.message ?? '';
        expect(rule.message, `${id} ${rule.id}`).not.toBe(english);
        expect(placeholders(rule.message), `${id} ${rule.id}`).toBe(placeholders(english));
      }
    }
  });

  it('tells a German writer in German what its rule found', () => {
    setTestUiLanguage('de');
    const template = STARTER_TEMPLATES.find((candidate) => candidate.id === 'professional-b2b');
    if (!template) throw new Error('no professional template');
    const findings = checkDraft('Our results are insane, up 40 % this year.', {
      platform: 'linkedin',
      guidelines: starterGuidelines(template),
    }).filter((finding) => finding.category === 'voice');
    expect(findings.map((finding) => finding.message)).toEqual([
      '„insane“ ist Übertreibung; nennen Sie lieber die Zahl oder das Ergebnis.',
      'Eine Prozentangabe braucht ihre Quelle im Beitrag.',
    ]);
  });

  it('from the German pack has the rules of the address the brand chose, German in either UI', () => {
    const german = STARTER_TEMPLATES.find((template) => template.byAddress);
    if (!german) throw new Error('no German pack');
    const ids = (guidelines: Guidelines) => guidelines.rules.map((rule) => rule.id);
    expect(ids(starterGuidelines(german, 'du'))).toContain('anrede-du');
    expect(ids(starterGuidelines(german, 'du'))).not.toContain('anrede-sie');
    expect(ids(starterGuidelines(german, 'sie'))).toContain('anrede-sie');
    expect(ids(starterGuidelines(german))).toContain('anrede-sie');
    setTestUiLanguage('de');
    expect(starterGuidelines(german, 'du')).toEqual(german.byAddress?.du);
  });
});
