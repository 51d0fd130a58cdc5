import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { germanBrandVoice } from '@/utils/brands/german-starter';
import { addressOf, catalogueFrom, starterLanguagePlan } from '@/utils/brands/starter-language';
import { STARTER_TEMPLATES, starterGuidelines } from '@/utils/brands/starter-templates';
import type { Guidelines } from '@/utils/checks';
import { setTestUiLanguage } from '../setup/i18n';

const catalogue = (language: string) =>
  catalogueFrom(JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')));
const catalogues = { en: catalogue('en'), de: catalogue('de') };
const template = (id: string) => {
  const found = STARTER_TEMPLATES.find((each) => each.id === id);
  if (!found) throw new Error(id);
  return found;
};
const messageOf = (guidelines: Guidelines, ruleId: string) =>
  guidelines.rules.find((rule) => rule.id === ruleId)?.message;

describe('switching a brand’s starter rules to another language', () => {
  it('turns an English-made brand’s starter messages German, leaving a rule the user edited', () => {
    const made = starterGuidelines(template('plain-friendly-b2c'));
    const edited = {
      ...made,
      rules: made.rules.map((rule) => (rule.id === 'shouting' ? { ...rule, message: 'Calm down.' } : rule)),
    };
    const plan = starterLanguagePlan(edited, 'de', catalogues);
    expect(messageOf(plan.guidelines, 'jargon')).toBe(catalogues.de.starterRuleJargon);
    expect(messageOf(plan.guidelines, 'jargon')).not.toBe(messageOf(made, 'jargon'));
    expect(plan.changes.map((change) => change.ruleId)).toEqual([
      'jargon',
      'corporate-buzzwords',
      'all-caps-words',
      'easy-reading',
      'repeated-words',
    ]);
    expect(messageOf(plan.guidelines, 'shouting')).toBe('Calm down.');
    expect(plan.keptEdited).toEqual(['shouting']);
    // Only messages change: every pattern and setting stays the user's.
    expect(plan.guidelines.rules.map(({ message: _m, ...rest }) => rest)).toEqual(
      edited.rules.map(({ message: _m, ...rest }) => rest),
    );
  });

  it('turns a German-made brand back to the template’s English, and a round trip changes nothing', () => {
    setTestUiLanguage('de');
    const madeInGerman = starterGuidelines(template('professional-b2b'));
    setTestUiLanguage('en');
    expect(messageOf(madeInGerman, 'hype')).toBe(catalogues.de.starterRuleHype);
    const english = starterLanguagePlan(madeInGerman, 'en', catalogues);
    expect(english.guidelines).toEqual(template('professional-b2b').guidelines);
    expect(starterLanguagePlan(english.guidelines, 'de', catalogues).guidelines).toEqual(madeInGerman);
    expect(starterLanguagePlan(madeInGerman, 'de', catalogues).changes).toEqual([]);
  });

  it('switches the German pack from Sie to du, its name with it, unless the address rule was edited', () => {
    const sie = germanBrandVoice('sie');
    expect(addressOf(sie)).toEqual({ address: 'sie', edited: false });
    const plan = starterLanguagePlan(sie, 'de', catalogues, 'du');
    expect(plan.guidelines).toEqual(germanBrandVoice('du'));
    expect(plan.renamed).toEqual({ 'anrede-sie': 'anrede-du' });
    expect(plan.changes).toEqual([
      { ruleId: 'anrede-du', from: sie.rules[0]?.message, to: germanBrandVoice('du').rules[0]?.message },
    ]);

    const edited = {
      ...sie,
      rules: sie.rules.map((rule) =>
        rule.id === 'anrede-sie' ? { ...rule, severity: 'error' as const } : rule,
      ),
    };
    expect(addressOf(edited)).toEqual({ address: 'sie', edited: true });
    const kept = starterLanguagePlan(edited, 'de', catalogues, 'du');
    expect(kept.guidelines.rules).toEqual(edited.rules);
    expect(kept.keptEdited).toEqual(['anrede-sie']);
  });

  it('leaves guidelines the user wrote alone', () => {
    const own: Guidelines = {
      name: 'Own',
      version: 1,
      marks: [],
      rules: [{ id: 'mine', kind: 'existence', message: 'Mine.', severity: 'info', tokens: ['x'] }],
    };
    expect(starterLanguagePlan(own, 'de', catalogues, 'du')).toEqual({
      guidelines: own,
      renamed: {},
      changes: [],
      keptEdited: [],
    });
  });
});
