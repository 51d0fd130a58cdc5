import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { validateRule } from '@/entrypoints/options/pages/guidelines/brand-store';
import { PACK_FORMAT, parsePack } from '@/utils/brands/guidelines-pack';
import { calendarEntryProblems } from '@/utils/db/calendar';
import { BrandPrivacySchema, PartnerSchema } from '@/utils/db/records';
import { refuseInUiLanguage } from '@/utils/i18n/zod-language';
import { setTestUiLanguage } from '../setup/i18n';
import { calendarEntry } from './calendar-entry';

const pack = (guidelines: unknown) => JSON.stringify({ format: PACK_FORMAT, formatVersion: 1, guidelines });

describe('refusals of an imported file in a German UI', () => {
  beforeEach(() => {
    setTestUiLanguage('de');
    refuseInUiLanguage();
  });
  afterEach(() => {
    setTestUiLanguage('en');
    z.config(en());
  });

  it('names the calendar entry’s field and says what is wrong in German, a draft by its platform’s name', () => {
    expect(calendarEntryProblems(calendarEntry({ title: ' ', relationship: 'paid' }))).toEqual([
      'Titel: Geben Sie dem Eintrag einen Titel.',
      'Partnermarke: Nennen Sie die Partnermarke eines bezahlten, geschenkten oder Affiliate-Beitrags.',
    ]);
    expect(calendarEntryProblems(calendarEntry({ at: Number.NaN, timeZone: 'Mars/Olympus' }))).toEqual([
      'Datum und Uhrzeit: Wählen Sie Datum und Uhrzeit.',
      'Zeitzone: Wählen Sie eine Zeitzone wie Europe/Berlin.',
    ]);
    const [tooLong] = calendarEntryProblems(calendarEntry({ drafts: { x: 'a'.repeat(200_001) } }));
    expect(tooLong).toMatch(/^Entwurf für X: Zu groß/);
  });

  it('says in zod’s German what is wrong with a pack’s rule', () => {
    const result = parsePack(
      pack({ rules: [{ id: 'hype', kind: 'existence', message: 'Nein', severity: 'fatal', tokens: ['x'] }] }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      expect.stringMatching(/^guidelines\.rules\[0\]\.severity \(Regel „hype“\): Ungültige Option/),
    ]);
  });

  it('says in German what is wrong with a pack’s rules where OnBrand has its own words', () => {
    const result = parsePack(
      pack({
        rules: [
          { id: 'bang', kind: 'occurrence', message: 'Nein', severity: 'info', token: '!' },
          {
            id: 'bang',
            kind: 'existence',
            message: 'Nein',
            severity: 'info',
            tokens: [],
            link: 'ftp://x.example',
          },
        ],
      }),
    );
    expect(!result.ok && result.errors).toEqual([
      'guidelines.rules[0].max (Regel „bang“): braucht `max`, `min` oder beides',
      'guidelines.rules[1].link (Regel „bang“): verwenden Sie eine Webadresse, die mit https:// beginnt',
      'guidelines.rules[1].tokens (Regel „bang“): braucht mindestens einen Eintrag',
      'guidelines.rules[1].id (Regel „bang“): "bang" ist schon die ID von rules[0]; IDs benennen Befunde und müssen daher eindeutig sein',
    ]);
  });

  it('explains in German why a pattern is refused, in the rule form and in a pack', () => {
    const rule = { id: 'wdh', kind: 'existence', message: 'Nein', severity: 'warning', tokens: ['(a+)+$'] };
    const form = validateRule(rule, []);
    expect(!form.ok && form.errors).toEqual([
      expect.stringMatching(
        /^tokens\[0\]: `\(a\+\)\+\$` kann bei (manchen|langen) Entwürfen exponentiell lange brauchen/,
      ),
    ]);
    const result = parsePack(pack({ rules: [{ ...rule, tokens: ['x', ''] }] }));
    expect(!result.ok && result.errors[0]).toBe(
      'guidelines.rules[0].tokens[1] (Regel „wdh“): `` ist leer und träfe deshalb überall',
    );
  });

  it('refuses a brand’s privacy settings and a partner in German', () => {
    const privacy = BrandPrivacySchema.safeParse({ supportContacts: [' '], orderPatterns: ['(a+)+$'] });
    expect(privacy.error?.issues.map((issue) => issue.message)).toEqual([
      'Ein Support-Kontakt darf nicht leer sein.',
      expect.stringMatching(/^`\(a\+\)\+\$` kann bei (manchen|langen) Entwürfen exponentiell lange brauchen/),
    ]);
    const partner = PartnerSchema.safeParse({
      id: 'p',
      name: ' ',
      brandId: 'b',
      handles: [],
      relationship: 'paid',
      from: '2026-12-01',
      until: '2026-11-01',
      markets: [],
      createdAt: 1,
      updatedAt: 1,
    });
    expect(partner.error?.issues.map((issue) => issue.message)).toEqual([
      'Geben Sie dem Partner einen Namen.',
      'Der Vertrag kann nicht enden, bevor er beginnt.',
    ]);
  });

  it('refuses a rule whose id another rule of the brand has, in German', () => {
    const rule = { id: 'hype', kind: 'existence', message: 'Nein', severity: 'warning', tokens: ['x'] };
    expect(validateRule(rule, ['hype'])).toEqual({
      ok: false,
      errors: ['id: eine andere Regel dieser Marke heißt bereits „hype“'],
    });
  });

  it('stays English in an English UI', () => {
    setTestUiLanguage('en');
    z.config(en());
    refuseInUiLanguage();
    expect(calendarEntryProblems(calendarEntry({ title: ' ' }))).toEqual(['Title: Give the entry a title.']);
  });
});
