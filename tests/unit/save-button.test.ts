import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SaveButton } from '@/utils/features/save-button';
import { plural } from '@/utils/i18n';
import { setTestUiLanguage } from '../setup/i18n';

/**
 * The feed's save button as a user meets it: its words and its tooltip. The root is closed to the page, so
 * the test keeps the root the button attaches (the page never gets it).
 */
let roots: ShadowRoot[] = [];
beforeEach(() => {
  const { window, document } = parseHTML('<!doctype html><html><body></body></html>');
  const attach = window.HTMLElement.prototype.attachShadow;
  window.HTMLElement.prototype.attachShadow = function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  };
  Object.assign(globalThis, { document, window });
});
afterEach(() => {
  roots = [];
  setTestUiLanguage('en');
});

function seen(button: SaveButton) {
  const root = roots.at(-1);
  const shown = root?.querySelector('button');
  // The label the user reads is the visible span (the others are sizers, hidden).
  const label = root?.querySelector('.labels > span:not(.sizer)')?.textContent;
  return { label, tooltip: shown?.getAttribute('title'), state: shown?.dataset.state, host: button.host };
}

const FAILURE =
  'OnBrand konnte das nicht abschließen. Versuchen Sie es noch einmal; schlägt es wieder fehl, laden Sie die Seite neu. Details: QuotaExceededError: The quota has been exceeded.';

describe.each([
  { language: 'en' as const, readings: 'Saved to OnBrand · 3 readings', failed: 'Not saved: retry' },
  {
    language: 'de' as const,
    readings: 'In OnBrand gespeichert · 3 Messungen',
    failed: 'Nicht gespeichert: erneut versuchen',
  },
])('the save button in $language', ({ language, readings, failed }) => {
  it('says how many readings a post saved again has, in the UI language', () => {
    setTestUiLanguage(language);
    const button = new SaveButton(() => {});
    // What the feed's save passes after a save that gave the post its third reading (save-post.ts).
    button.show('saved', plural('saveButtonReadings', 3));
    expect(seen(button).label).toBe(readings);
  });

  it('a failed save says so on the button and gives the whole reason in its tooltip, never cut short', () => {
    setTestUiLanguage(language);
    const button = new SaveButton(() => {});
    button.show('error', FAILURE);
    const { label, tooltip, state } = seen(button);
    expect(state).toBe('error');
    expect(label).toBe(failed);
    expect(tooltip?.endsWith(FAILURE)).toBe(true);
  });
});
