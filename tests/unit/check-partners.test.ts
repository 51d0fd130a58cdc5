import { describe, expect, it } from 'vitest';
import { type CheckOptions, checkDraft, type Jurisdiction, type Relationship } from '@/utils/checks';
import { localDay, type PartnerLike, underContract } from '@/utils/checks/partners';
import { onlyCategory } from './check-helpers';

const disclosure = onlyCategory('disclosure');
const show = (text: string, options: CheckOptions) =>
  checkDraft(text, options)
    // Instagram's own "Paid partnership" tool is suggested as an info beside; these cases are about the label.
    .filter((f) => disclosure(f) && f.ruleId !== 'native-label')
    .map((f) => `${f.start}-${f.end} ${f.ruleId} ${f.severity}`);

const acme: PartnerLike = {
  id: 'p-acme',
  name: 'Acme Running',
  handles: ['acme_run', 'acmerunning'],
  relationship: 'paid',
  from: '2026-01-01',
  until: '2026-12-31',
  markets: [],
};

// An organic-looking draft: no discount code, no link, nothing the disclosure checks see as commercial.
const draft = 'Ran my first 10k this morning in the new trainers from @acme_run. Legs are done!';
const options = (jurisdictions: Jurisdiction[], extra: Partial<CheckOptions> = {}): CheckOptions => ({
  platform: 'instagram',
  jurisdictions,
  partners: [acme],
  today: '2026-06-15',
  relationship: 'none',
  ...extra,
});

describe('a draft that mentions a partner under contract is checked as that relationship', () => {
  it('is clean without the registry, and clean for a partner it does not mention', () => {
    expect(show(draft, options(['US'], { partners: [] }))).toEqual([]);
    expect(show('Ran my first 10k this morning. Legs are done!', options(['US']))).toEqual([]);
  });

  it.each<[Jurisdiction, string, string[]]>([
    // Positive per market: the mention alone makes the unlabelled draft a missing disclosure.
    ['US', draft, ['0-0 disclosure-missing error']],
    ['UK', draft, ['0-0 disclosure-missing error']],
    ['DE', draft, ['0-0 disclosure-missing error']],
    ['FR', draft, ['0-0 disclosure-missing error']],
    ['EU', draft, ['0-0 disclosure-missing error']],
    ['IN', draft, ['0-0 disclosure-missing error']],
    // Negative per market: the label each regulator accepts, at the start.
    ['US', `#ad ${draft}`, []],
    ['UK', `Ad: ${draft}`, []],
    ['DE', `Werbung | ${draft}`, []],
    ['FR', `Publicité | ${draft}`, []],
    ['IN', `#ad ${draft}`, []],
    // And a label one market accepts is still not enough in another (#ad in Germany: OLG Celle 13 U 53/17).
    ['DE', `#ad ${draft}`, ['0-3 disclosure-ambiguous error']],
  ])('%s: %s', (market, text, expected) => {
    expect(show(text, options([market]))).toEqual(expected);
  });

  it('says which partner triggered it, by the words the draft used', () => {
    const [finding] = checkDraft(draft, options(['US'])).filter(disclosure);
    expect(finding?.message).toContain('@acme_run: Acme Running is a paid partner until 2026-12-31');
    const byName = checkDraft('Big thanks to acme running for the shoes', options(['US'])).filter(disclosure);
    expect(byName[0]?.message).toContain('(Acme Running is a paid partner until 2026-12-31)');
  });

  it('names the partner when the post’s only label is not enough for the market', () => {
    const finding = checkDraft('Thanks @acme_run for the shoes', options(['UK'])).find(
      (f) => f.ruleId === 'disclosure-ambiguous',
    );
    expect(finding?.message).toMatch(
      /^This post is commercial \(@acme_run: Acme Running is a paid partner until 2026-12-31\)\. United Kingdom/,
    );
  });

  it('matches handles and names as whole words, case-insensitively, not inside other words', () => {
    expect(show('Shout-out to @ACME_RUN!', options(['US']))).toEqual(['0-0 disclosure-missing error']);
    expect(show('Shout-out to @acme_run_fans!', options(['US']))).toEqual([]);
    expect(show('Shout-out to acme_run without the at sign', options(['US']))).toEqual([]);
    expect(show('Acme Runningshoes are a different company', options(['US']))).toEqual([]);
  });

  it.each<[string, string, boolean]>([
    ['the first day of the contract', '2026-01-01', true],
    ['the last day of the contract', '2026-12-31', true],
    ['the day before it starts', '2025-12-31', false],
    ['the day after it ends', '2027-01-01', false],
  ])('on %s (%s) the contract applies: %s', (_, today, applies) => {
    expect(underContract(acme, today)).toBe(applies);
    expect(show(draft, options(['US'], { today }))).toEqual(applies ? ['0-0 disclosure-missing error'] : []);
  });

  it('treats an open-ended contract as running', () => {
    const openEnded = { ...acme, from: undefined, until: undefined };
    expect(show(draft, options(['US'], { partners: [openEnded], today: '2099-01-01' }))).toEqual([
      '0-0 disclosure-missing error',
    ]);
  });

  it('applies only in the markets the contract covers', () => {
    const germanDeal = { ...acme, markets: ['DE'] as Jurisdiction[] };
    expect(show(draft, options(['US'], { partners: [germanDeal] }))).toEqual([]);
    expect(show(draft, options(['DE'], { partners: [germanDeal] }))).toEqual([
      '0-0 disclosure-missing error',
    ]);
    expect(show(draft, options(['US', 'DE'], { partners: [germanDeal] }))).toEqual([
      '0-0 disclosure-missing error',
    ]);
  });

  it('lets a relationship the user stated win over the registry', () => {
    // Stated as the brand's own product: the partner's paid contract does not apply; the own-product rule does.
    const own = checkDraft(draft, options(['US'], { relationship: 'own-product' })).filter(disclosure);
    expect(own.map((f) => f.message).join(' ')).not.toContain('Acme Running');
    // `none` and `unknown` state nothing about this post: the partner still counts.
    for (const relationship of ['none', 'unknown'] as Relationship[]) {
      expect(show(draft, options(['US'], { relationship }))).toEqual(['0-0 disclosure-missing error']);
    }
  });

  it('checks an ambassador as paid, an employee as employee', () => {
    const ambassador = { ...acme, relationship: 'ambassador' as const };
    const [paid] = checkDraft(draft, options(['US'], { partners: [ambassador] })).filter(disclosure);
    expect(paid?.message).toContain('Acme Running is a brand ambassador');
    expect(paid?.severity).toBe('error');
    const employee = { ...acme, relationship: 'employee' as const };
    expect(show(draft, options(['UK'], { partners: [employee] }))).toEqual(['0-0 disclosure-missing error']);
  });

  it('writes today as the device’s local day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
