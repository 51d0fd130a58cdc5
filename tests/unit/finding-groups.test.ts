import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  findingKey,
  groupFindings,
  previewOf,
  visibleFindings,
} from '@/components/overlay/finding-groups';
import { describeFold } from '@/components/overlay/fold-description';
import { checkDraft, type Finding } from '@/utils/checks';
import { PLATFORM_FOLDS } from '@/utils/checks/packs/folds';
import { setTestUiLanguage } from '../setup/i18n';
import { aFinding } from '../shared/finding';

describe('groupFindings', () => {
  const text = 'Best product ever #gifted by us, guaranteed to cure colds';
  const findings = [
    aFinding({ ruleId: 'voice-hype', category: 'voice', severity: 'info', start: 0, end: 4 }),
    aFinding({ ruleId: 'claims-cure', category: 'claims', severity: 'warning', start: 44, end: 48 }),
    aFinding({ ruleId: 'copyright-credit', category: 'copyright', severity: 'warning', start: 5, end: 12 }),
    aFinding({ ruleId: 'disclosure-ftc', category: 'disclosure', severity: 'error', start: 18, end: 25 }),
    aFinding({ ruleId: 'voice-we', category: 'voice', severity: 'error', start: 29, end: 31 }),
  ];

  it('puts disclosure and claims under Compliance, in the order Compliance, Platform, Brand voice, Copyright', () => {
    const groups = groupFindings(findings, text, new Set());
    expect(groups.map((group) => group.title)).toEqual(['Compliance', 'Brand voice', 'Copyright']);
    expect(groups[0]?.findings.map((item) => item.ruleId)).toEqual(['disclosure-ftc', 'claims-cure']);
    // Worst first within a section, whatever the draft order.
    expect(groups[1]?.findings.map((item) => item.ruleId)).toEqual(['voice-we', 'voice-hype']);
  });

  it('leaves out dismissed findings, and a dismissal follows the flagged words when offsets shift', () => {
    const dismissed = new Set([findingKey(findings[3] as Finding, text)]);
    expect(groupFindings(findings, text, dismissed)[0]?.findings.map((item) => item.ruleId)).toEqual([
      'claims-cure',
    ]);
    const edited = `Wow! ${text}`;
    const moved = { ...(findings[3] as Finding), start: 23, end: 30 };
    expect(visibleFindings([moved], edited, dismissed)).toEqual([]);
    // Same rule on other words is a different finding.
    expect(visibleFindings([{ ...moved, start: 0, end: 3 }], edited, dismissed)).toHaveLength(1);
  });

  it('identifies the length finding by its rule, since its span grows with every keystroke', () => {
    const [length] = checkDraft('a'.repeat(281), { platform: 'x' });
    const [longer] = checkDraft('a'.repeat(290), { platform: 'x' });
    if (!length || !longer) throw new Error('the engine should flag an over-long post');
    expect(findingKey(length, 'a'.repeat(281))).toBe(findingKey(longer, 'a'.repeat(290)));
  });
});

describe('actionsFor', () => {
  it("offers the engine's suggestions for the span", () => {
    const item = aFinding({ start: 0, end: 4, suggestions: ['Great', ''] });
    expect(actionsFor(item, 'Best thing')).toEqual([
      { label: 'Replace with “Great”', replacement: 'Great' },
      { label: 'Delete', replacement: '' },
    ]);
  });

  it('says what an insertion adds and where, the way the engine suggests a missing disclosure', () => {
    const draft = 'Use code GLOW20 for 20% off the new serum from @glowco, link in bio to shop!';
    const missing = checkDraft(draft, { platform: 'instagram' }).find((item) => item.suggestions?.length);
    if (!missing) throw new Error('the engine should suggest a disclosure for a sponsored draft');
    const [add] = actionsFor(missing, draft);
    expect(add?.label).toBe('Add “#ad” at the start');
    expect(add?.replacement).toBe('#ad ');
    expect(actionsFor(aFinding({ start: 5, end: 5, suggestions: [' #ad'] }), 'Hello')[0]?.label).toBe(
      'Add “#ad” at the end',
    );
  });

  it('names words added around the flagged ones, and plain replacements as such', () => {
    const text = 'A sponsored post';
    const around = aFinding({ start: 2, end: 11, suggestions: ['#ad sponsored', 'sponsored #ad', 'paid'] });
    expect(actionsFor(around, text).map((action) => action.label)).toEqual([
      'Add “#ad” before “sponsored”',
      'Add “#ad” after “sponsored”',
      'Replace with “paid”',
    ]);
  });

  it('offers "trim to the limit" for the length finding, cutting at the last word that fits', () => {
    const text = `${'a'.repeat(269)} this year, and then some`;
    const [length] = checkDraft(text, { platform: 'x' });
    if (!length) throw new Error('the engine should flag an over-long post');
    const [trim] = actionsFor(length, text);
    expect(trim?.replacement).toBe('');
    expect(text.slice(0, length.start)).toBe(`${'a'.repeat(269)} this year,`);
    expect(trim?.label).toBe(`Trim to the limit (ends “…${'a'.repeat(20)} this year,”)`);
  });

  it('ends the trimmed post at a sentence end when one is within reach', () => {
    const text = `${'Our spring range lands today in every store. '.repeat(7)}`;
    const [length] = checkDraft(text, { platform: 'x' });
    expect(text.slice(0, length?.start)).toBe(
      `${'Our spring range lands today in every store. '.repeat(6).trimEnd()}`,
    );
    expect(length?.message).toBe(
      '315 / 280: 35 over the limit for X. Trimming to the limit cuts from “Our spring range lands today in every…”.',
    );
  });
});

describe('previewOf', () => {
  it('shows the words around a fix, what goes and what comes', () => {
    const text = 'Our brand new serum is the best thing for dry skin, try it today and see';
    const start = text.indexOf('best');
    const item = aFinding({ start, end: start + 4, suggestions: ['a great'] });
    const [action] = actionsFor(item, text);
    if (!action) throw new Error('a suggestion should give an action');
    expect(previewOf(item, action, text)).toEqual({
      before: '… brand new serum is the ',
      removed: 'best',
      added: 'a great',
      after: ' thing for dry skin, try…',
    });
  });
});

describe('describeFold', () => {
  const linkedin = PLATFORM_FOLDS.linkedin;

  it('says nothing on platforms that show whole posts', () => {
    expect(describeFold('anything', PLATFORM_FOLDS.x, 'X')).toBeNull();
  });

  it('says when the whole draft shows', () => {
    expect(describeFold('Short post', linkedin, 'LinkedIn')?.lines).toEqual([
      'LinkedIn cuts posts with “…more” somewhere between characters 140 and 210, depending on the screen. All of this draft shows.',
    ]);
  });

  it('names what is hidden behind the cut, hashtags and links included', () => {
    const text = `${'Our new range is here. '.repeat(10)}Shop now at https://shop.example #ad`;
    const description = describeFold(text, linkedin, 'LinkedIn');
    expect(description).toMatchObject({ from: 140, to: 210 });
    expect(description?.lines[1]).toMatch(/^Hidden until a tap: \d+ characters or more, starting “/);
    expect(description?.lines[2]).toBe(
      'Below the cut: https://shop.example, #ad. A disclosure or a call to action there may never be seen.',
    );
  });

  it('says it in German in a German UI, with German quotation marks', () => {
    setTestUiLanguage('de');
    const text = `${'Unser neues Sortiment ist da. '.repeat(8)}Jetzt kaufen #anzeige`;
    const lines = describeFold(text, linkedin, 'LinkedIn')?.lines;
    setTestUiLanguage('en');
    expect(lines?.[0]).toMatch(
      /^LinkedIn kürzt Beiträge mit „…mehr“ irgendwo zwischen Zeichen 140 und 210, je nach Bildschirm\. Leser sehen den Text bis „…/,
    );
    expect(lines?.[1]).toMatch(/^Erst nach einem Tippen zu sehen: \d+ Zeichen oder mehr, beginnend mit „/);
    expect(lines?.[2]).toBe(
      'Unter dem Schnitt: #anzeige. Eine Kennzeichnung oder ein Call-to-Action dort wird womöglich nie gesehen.',
    );
  });
});
