import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { type Finding, takeCheckFailures } from '@/utils/checks';
import { recordCheckFailure } from '@/utils/checks/diagnostics';
import type { InsertResult } from '@/utils/editors/insert';
import { ComposerSession, type SessionActions } from '@/utils/features/composer-session';
import { x } from '@/utils/sites/x';

beforeEach(() => {
  const { window, document } = parseHTML(
    '<!doctype html><html><body><div id="composer"></div></body></html>',
  );
  // What the overlay's elements ask of a browser that linkedom does not have: no layout, a light theme.
  const page: Record<string, unknown> = {
    window,
    document,
    HTMLTextAreaElement: window.HTMLTextAreaElement,
    HTMLInputElement: window.HTMLInputElement,
    HTMLElement: window.HTMLElement,
    Element: window.Element,
    Node: window.Node,
    requestAnimationFrame: (): number => 0,
    cancelAnimationFrame: () => {},
    matchMedia: () => ({ matches: false, addEventListener() {}, removeEventListener() {} }),
    getComputedStyle: () => ({
      getPropertyValue: () => '',
      color: 'rgb(0, 0, 0)',
      backgroundColor: 'rgba(0, 0, 0, 0)',
    }),
  };
  for (const [name, value] of Object.entries(page)) {
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
});

/** Timers the test runs by hand: the pause before a full check, then the idle moment it waits for. */
function manualTimers() {
  const queued: (() => void)[] = [];
  return {
    frame: (callback: () => void) => void queued.push(callback),
    timeout: (callback: () => void) => queued.push(callback),
    cancelTimeout: () => {},
    idle: (callback: () => void) => void queued.push(callback),
    runAll() {
      while (queued.length > 0) queued.shift()?.();
    },
  };
}

/** An editor holding `text`, and an engine that flags "synergy" as an error once it has been loaded. */
function world(initial = '') {
  let text = initial;
  let loaded = false;
  const loads: number[] = [];
  const checked: string[] = [];
  const sent: { type: string; payload: unknown }[] = [];
  const engine = {
    takeCheckFailures,
    checkSurface: (draft: string): Finding[] => {
      checked.push(draft);
      // What checkDraft does when one of its checks throws: that check is counted, the others still report.
      if (draft.includes('boom')) recordCheckFailure('guideline', 'broken-rule', new Error('tokens is null'));
      const findings: Finding[] = [];
      const at = draft.indexOf('synergy');
      if (at >= 0) {
        findings.push({
          ruleId: 'hype',
          category: 'voice',
          severity: 'error',
          start: at,
          end: at + 7,
          message: 'No hype.',
        });
      }
      if (draft.length > 280) {
        findings.push({
          ruleId: 'platform-length',
          category: 'platform',
          severity: 'error',
          start: 280,
          end: draft.length,
          message: 'Over the limit.',
        });
      }
      return findings;
    },
  };
  const actions: SessionActions = {
    read: () => text,
    replace: async (start, end, replacement, expectedText): Promise<InsertResult> => {
      if (text !== expectedText) return { status: 'stale' } as InsertResult;
      text = text.slice(0, start) + replacement + text.slice(end);
      return { status: 'done', text } as InsertResult;
    },
    engine: () => (loaded ? engine : undefined),
    loadEngine: async () => {
      loads.push(Date.now());
      loaded = true;
      return engine;
    },
    send: (async (type: string, payload: unknown) => {
      sent.push({ type, payload });
      return { ok: true, data: { entry: null } };
    }) as SessionActions['send'],
  };
  const timers = manualTimers();
  const composer = document.getElementById('composer') as Element;
  const session = new ComposerSession(composer, x, {
    actions,
    countSettings: () => ({}),
    timers,
    mountIn: document.documentElement,
    checkOptions: () => ({}),
    markets: { assumedMarkets: () => null, keepAssumedMarkets: async () => {} },
  });
  const badge = () => ({
    count: session.badgeHost.dataset.onbrandCount,
    state: session.badgeHost.dataset.onbrandState,
  });
  return { session, timers, loads, checked, sent, badge, type: (next: string) => (text = next) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a composer session with injected actions', () => {
  it('an empty composer shows an ok badge and does not load the engine', async () => {
    const w = world();
    await settle();
    expect(w.badge()).toEqual({ count: '0', state: 'ok' });
    expect(w.loads).toEqual([]);
  });

  it('typing loads the engine once and, after the pause, the finding shows in the badge', async () => {
    const w = world();
    w.type('Pure synergy');
    w.session.textChanged();
    // Only the count runs per edit: no check before the pause in typing.
    expect(w.checked).toEqual([]);
    w.timers.runAll();
    await settle();
    w.timers.runAll();
    expect(w.loads).toHaveLength(1);
    expect(w.checked.at(-1)).toBe('Pure synergy');
    expect(w.badge()).toEqual({ count: '1', state: 'error' });

    w.type('Pure teamwork');
    w.session.textChanged();
    w.timers.runAll();
    expect(w.loads).toHaveLength(1);
    expect(w.badge()).toEqual({ count: '0', state: 'ok' });
  });

  it('crossing the limit turns the badge red on that key, and coming back under clears it before the check', async () => {
    const w = world('Ready');
    w.session.textChanged();
    w.timers.runAll();
    await settle();
    w.timers.runAll();
    expect(w.badge()).toEqual({ count: '0', state: 'ok' });

    const checks = w.checked.length;
    w.type('a'.repeat(281));
    w.session.textChanged();
    // The count alone decides the length error: red at once, the full check still waiting for the pause.
    expect(w.checked).toHaveLength(checks);
    expect(w.badge().state).toBe('error');
    w.timers.runAll();
    expect(w.badge()).toEqual({ count: '1', state: 'error' });

    w.type('a'.repeat(280));
    w.session.textChanged();
    expect(w.badge().state).toBe('ok');
    w.timers.runAll();
    expect(w.badge()).toEqual({ count: '0', state: 'ok' });
  });

  it('a destroyed session checks nothing more, whatever timers were pending', async () => {
    const w = world();
    w.type('synergy');
    w.session.textChanged();
    w.session.destroy();
    w.timers.runAll();
    await settle();
    w.timers.runAll();
    expect(w.checked).toEqual([]);
  });

  it('a check that threw is reported to the background once, counted, and not again while checks succeed', async () => {
    const w = world();
    w.type('Pure synergy boom');
    w.session.textChanged();
    w.timers.runAll();
    await settle();
    w.timers.runAll();
    const reports = () => w.sent.filter((message) => message.type === 'checks.reportFailures');
    expect(reports()).toEqual([
      {
        type: 'checks.reportFailures',
        payload: {
          failures: [{ origin: 'guideline', ruleId: 'broken-rule', message: 'tokens is null', count: 1 }],
        },
      },
    ]);
    w.type('Pure synergy, fixed');
    w.session.textChanged();
    w.timers.runAll();
    expect(w.checked.at(-1)).toBe('Pure synergy, fixed');
    expect(reports()).toHaveLength(1);
  });
});
