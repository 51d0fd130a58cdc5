import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allHandlers } from '@/entrypoints/background/handlers';
import { createRouter, type Sender } from '@/entrypoints/background/router';
import { freshDatabase } from '../shared/fresh-database';

const identity = { extensionId: 'onbrand-id', extensionBaseUrl: 'chrome-extension://onbrand-id/' };
const settings: Sender = { id: 'onbrand-id', url: 'chrome-extension://onbrand-id/options.html' };
const tab = (url: string, id: number): Sender => ({ id: 'onbrand-id', url, tab: { id, url } });
const xTab = tab('https://x.com/home', 3);
const linkedinTab = tab('https://www.linkedin.com/feed/', 4);
const failure = (ruleId: string, count: number) => ({
  origin: 'guideline' as const,
  ruleId,
  message: 'tokens is null',
  count,
});

let route: ReturnType<typeof createRouter>;

beforeEach(async () => {
  fakeBrowser.reset();
  route = createRouter(allHandlers(await freshDatabase('check-failure-reports')), identity);
});

describe("the sites' check failures, added up for Settings", () => {
  it('counts each rule across reports and tabs, most frequent first, with the sites it failed on', async () => {
    await Promise.all([
      route({ type: 'checks.reportFailures', payload: { failures: [failure('broken', 2)] } }, xTab),
      route(
        { type: 'checks.reportFailures', payload: { failures: [failure('broken', 3), failure('other', 1)] } },
        linkedinTab,
      ),
    ]);
    const reply = await route({ type: 'checks.failures', payload: {} }, settings);
    expect(reply).toEqual({
      ok: true,
      data: {
        failures: [
          { ...failure('broken', 5), sites: ['x', 'linkedin'] },
          { ...failure('other', 1), sites: ['linkedin'] },
        ],
      },
    });
    await route({ type: 'checks.clearFailures', payload: {} }, settings);
    expect(await route({ type: 'checks.failures', payload: {} }, settings)).toEqual({
      ok: true,
      data: { failures: [] },
    });
  });

  it('refuses a malformed report and lets only extension pages read or clear the list', async () => {
    const bad = await route(
      { type: 'checks.reportFailures', payload: { failures: [{ ...failure('broken', 1), count: -4 }] } },
      xTab,
    );
    expect(bad.ok).toBe(false);
    expect(await route({ type: 'checks.failures', payload: {} }, xTab)).toMatchObject({ ok: false });
    expect(await route({ type: 'checks.clearFailures', payload: {} }, xTab)).toMatchObject({ ok: false });
    const page = tab('https://example.com/', 5);
    expect(
      await route({ type: 'checks.reportFailures', payload: { failures: [failure('x', 1)] } }, page),
    ).toMatchObject({ ok: false });
    expect(await route({ type: 'checks.failures', payload: {} }, settings)).toEqual({
      ok: true,
      data: { failures: [] },
    });
  });
});
