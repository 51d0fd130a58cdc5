import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guidelinesHandlers } from '@/entrypoints/background/handlers/guidelines';
import { createRouter, type Sender } from '@/entrypoints/background/router';
import { checkDraft } from '@/utils/checks';
import { watchActiveBrand } from '@/utils/features/active-brand';
import type { ActiveBrand } from '@/utils/messaging';
import { x } from '@/utils/sites/x';
import { setTestUiLanguage } from '../setup/i18n';
import { freshDatabase } from '../shared/fresh-database';
import { featureRun } from './feature-env';

const acme: ActiveBrand = {
  id: 'acme',
  name: 'Acme',
  guidelines: {
    name: 'Acme',
    version: 1,
    marks: [],
    rules: [{ id: 'hype', kind: 'existence', message: 'm', severity: 'error', tokens: ['synergy'] }],
  },
  jurisdictions: ['UK'],
  relationship: 'paid',
  disclosureWording: { en: '#ad' },
  partners: [],
  crisis: null,
  watchTerms: [],
};

// These run without a page, so no account shows: the brand comes by site unless a test says otherwise.
const xSignedOut = { ...x, currentAccount: () => undefined };

let requests: unknown[];
let answer: ActiveBrand | null;
/** Where the user publishes, as the background answers `markets.current`. */
let markets: { markets: string[]; chosen: boolean };
let marketRequests: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  requests = [];
  marketRequests = [];
  answer = acme;
  markets = { markets: ['US'], chosen: true };
  fakeBrowser.runtime.sendMessage = (async (message: { type: string; payload: unknown }) => {
    if (message.type.startsWith('markets.')) {
      marketRequests.push(message);
      if (message.type === 'markets.choose') markets = { markets: markets.markets, chosen: true };
      return { ok: true, data: message.type === 'markets.choose' ? message.payload : markets };
    }
    // The default rules' messages are the last describe's subject; here the engine keeps its own.
    if (message.type === 'guidelines.default') return { ok: false, error: 'not asked about here' };
    requests.push(message);
    return { ok: true, data: answer };
  }) as typeof fakeBrowser.runtime.sendMessage;
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the markets a draft is checked for', () => {
  it('a brand with markets of its own uses them, and nothing is assumed', async () => {
    markets = { markets: ['DE', 'EU'], chosen: false };
    const watch = watchActiveBrand(featureRun(xSignedOut).env, () => {});
    await settle();
    expect(watch.checkOptions().jurisdictions).toEqual(['UK']);
    expect(watch.assumedMarkets()).toBeNull();
  });

  it('a brand without markets, or no brand, follows where the user publishes; a guess is said, and kept in one click', async () => {
    answer = null;
    markets = { markets: ['DE', 'EU'], chosen: false };
    const watch = watchActiveBrand(featureRun(xSignedOut).env, () => {});
    await settle();
    expect(watch.checkOptions()).toEqual({ jurisdictions: ['DE', 'EU'] });
    expect(watch.assumedMarkets()).toEqual(['DE', 'EU']);
    await watch.keepAssumedMarkets();
    expect(marketRequests).toContainEqual({ type: 'markets.choose', payload: { markets: ['DE', 'EU'] } });
    expect(watch.assumedMarkets()).toBeNull();
    expect(watch.checkOptions().jurisdictions).toEqual(['DE', 'EU']);

    answer = { ...acme, jurisdictions: [] };
    const branded = watchActiveBrand(featureRun(xSignedOut).env, () => {});
    await settle();
    expect(branded.checkOptions().jurisdictions).toEqual(['DE', 'EU']);
  });
});

describe('the active brand on a page', () => {
  it('asks once, then gives checkDraft the brand’s rules, jurisdictions and relationship', async () => {
    let changes = 0;
    const watch = watchActiveBrand(featureRun(xSignedOut).env, () => changes++);
    expect(watch.checkOptions()).toEqual({});
    await settle();
    expect(requests).toEqual([{ type: 'brand.active', payload: { site: 'x' } }]);
    expect(watch.checkOptions()).toEqual({
      guidelines: acme.guidelines,
      jurisdictions: ['UK'],
      relationship: 'paid',
      disclosureWording: { en: '#ad' },
    });
    expect(changes).toBe(1);
    watch.checkOptions();
    expect(requests).toHaveLength(1);
  });

  it('passes the brand’s partners with today’s date, so a mention during the contract counts', async () => {
    const partner = {
      id: 'p1',
      name: 'Acme Running',
      handles: ['acme_run'],
      relationship: 'paid' as const,
      until: '2099-12-31',
      markets: [],
    };
    answer = { ...acme, partners: [partner] };
    const watch = watchActiveBrand(featureRun(xSignedOut).env, () => {});
    await settle();
    const options = watch.checkOptions();
    expect(options.partners).toEqual([partner]);
    expect(options.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('asks again when the background says brands changed, and re-checks', async () => {
    let changes = 0;
    const watch = watchActiveBrand(featureRun(xSignedOut).env, () => changes++);
    await settle();
    answer = { ...acme, jurisdictions: ['DE'] };
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'brands.changed' },
      { id: fakeBrowser.runtime.id },
      () => {},
    );
    await settle();
    expect(watch.checkOptions().jurisdictions).toEqual(['DE']);
    expect(changes).toBe(2);
    // Notices from elsewhere are ignored.
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'brands.changed' },
      { id: 'another-extension' },
      () => {},
    );
    await settle();
    expect(requests).toHaveLength(2);
  });

  it('sends the account the adapter sees, and asks again when it changes', async () => {
    let account = 'acme';
    const watch = watchActiveBrand(featureRun({ ...x, currentAccount: () => account }).env, () => {});
    await settle();
    account = 'acme_support';
    watch.checkOptions();
    await settle();
    expect(requests).toEqual([
      { type: 'brand.active', payload: { site: 'x', account: 'acme' } },
      { type: 'brand.active', payload: { site: 'x', account: 'acme_support' } },
    ]);
  });

  it('stops listening once stopped, and drops an answer that arrives after', async () => {
    let changes = 0;
    const run = featureRun(xSignedOut);
    watchActiveBrand(run.env, () => changes++);
    run.stop();
    await settle();
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'brands.changed' },
      { id: fakeBrowser.runtime.id },
      () => {},
    );
    await settle();
    expect(requests).toHaveLength(1);
    expect(changes).toBe(0);
  });
});

describe('the rules a draft is checked with when no brand applies', () => {
  afterEach(() => setTestUiLanguage('en'));

  it('are the default rules with the background’s messages, German in a German UI', async () => {
    setTestUiLanguage('de');
    answer = null;
    const background = createRouter(
      guidelinesHandlers(await freshDatabase('active-brand-defaults')) as never,
      {
        extensionId: 'onbrand-id',
        extensionBaseUrl: 'chrome-extension://onbrand-id/',
      },
    );
    const xTab: Sender = {
      id: 'onbrand-id',
      url: 'https://x.com/home',
      tab: { id: 3, url: 'https://x.com/home' },
    };
    fakeBrowser.runtime.sendMessage = (async (message: { type: string; payload: unknown }) => {
      if (message.type === 'markets.current') return { ok: true, data: markets };
      return background(message, xTab);
    }) as typeof fakeBrowser.runtime.sendMessage;
    const watch = watchActiveBrand(featureRun(xSignedOut).env, () => {});
    await expect.poll(() => watch.checkOptions().guidelines).toBeDefined();
    const [hype] = checkDraft('Ein echter Game Changer.', { platform: 'x', ...watch.checkOptions() }).filter(
      (finding) => finding.ruleId === 'hype-words',
    );
    expect(hype?.message).toBe(
      '„Game Changer“ klingt nach Übertreibung; sagen Sie lieber, was die Sache tut.',
    );
  });
});
