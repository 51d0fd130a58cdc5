import type { browser } from 'wxt/browser';
import type { MessageKey } from './message-key';
import { type NumberShape, writeWholeNumber } from './number-shape';

/**
 * OnBrand's user-visible words come from the browser's own i18n (public/_locales/<lang>/messages.json), in
 * the browser's UI language, never the page's: no library and no catalogue in the bundles, since the browser
 * reads the catalogue itself. English is the manifest's default_locale and the fallback for a missing key.
 * tests/unit/i18n-catalogues.test.ts keeps the languages complete.
 */
export type { MessageKey };

/**
 * The words a composer's badge shows from the page load on. The first `i18n.getMessage` in a page costs
 * several milliseconds (the browser loads the extension's catalogue into the page's process: 7.8 ms per load
 * in a CPU profile of X), so the background sends these with `site.status` and the content script needs no
 * catalogue until the user comes to write.
 */
export const SENT_AT_LOAD = [
  'badgeNoProblems',
  'badgeNoProblemsLower',
  'badgeLabel',
  // The label of the follow-up button on every feed post (utils/features/follow-up-button.ts): research-save.js
  // gets these from the content script (`sentMessagesHere`), so a feed's page load needs no catalogue either.
  'followUpButton',
  // The save button beside it (utils/features/save-button.ts): each kind's label and its saved label, which
  // every button holds as a sizer from the start, and its tooltip.
  'saveButtonPost',
  'saveButtonAd',
  'saveButtonRepost',
  'saveButtonSavedPost',
  'saveButtonSavedAd',
  'saveButtonSavedRepost',
  'saveButtonHint',
] as const;

/** Stand-ins for the substitutions of a message resolved elsewhere (private-use characters, never in words). */
const SLOT = /[\uE000-\uE008]/g;
const slot = (index: number) => String.fromCharCode(0xe000 + index);

const sentMessages = new Map<string, string>();

/**
 * The browser's i18n, read when a word is asked for. It is synchronous and the same in `chrome.*` and
 * `browser.*`, so it needs no webextension-polyfill; and importing this module must not throw where there is
 * no extension API: the research library's worker imports the record schemas, whose refusals name messages,
 * and the polyfill throws on import in a worker ("This script should only be loaded in a browser extension").
 */
function i18nApi(): typeof browser.i18n {
  const scope = globalThis as { browser?: typeof browser; chrome?: typeof browser };
  return (scope.browser ?? scope.chrome)?.i18n as typeof browser.i18n;
}

/** The background's side: each of `SENT_AT_LOAD` in the UI language, its substitutions left as slots. */
export function messagesSentAtLoad(): Record<string, string> {
  const slots = Array.from({ length: 9 }, (_, index) => slot(index));
  return Object.fromEntries(SENT_AT_LOAD.map((key) => [key, i18nApi().getMessage(key, slots)]));
}

/** The content script's side: the messages the background sent, used by `t` from here on. */
export function takeSentMessages(messages: Record<string, string>): void {
  for (const key of SENT_AT_LOAD) {
    const message = messages[key];
    if (message) sentMessages.set(key, message);
  }
}

/** The messages this script was sent, for a script injected later into the same world to take over. */
export function sentMessagesHere(): Record<string, string> {
  return Object.fromEntries(sentMessages);
}

/** A message with its placeholders filled in, in the order the English message names them. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const sent = sentMessages.get(key);
  if (sent !== undefined)
    return sent.replace(SLOT, (stand) => String(substitutions[stand.charCodeAt(0) - 0xe000] ?? ''));
  return i18nApi().getMessage(key, substitutions.map(String));
}

/** The UI language as a BCP 47 tag ("de", "en-US"): dates, numbers and plurals use it, not the page's. */
export function uiLocale(): string {
  return i18nApi().getUILanguage() || 'en';
}

/** Whether the UI is German, for the few texts that come in German from elsewhere than the catalogue. */
export function uiIsGerman(): boolean {
  return uiLocale().toLowerCase().startsWith('de');
}

type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

/** The key of `<base>_one` or `<base>_other` that the UI language's plural rules pick for `count`. */
export function pluralKey(base: PluralKey, count: number, locale = uiLocale()): MessageKey {
  const category = new Intl.PluralRules(locale).select(count);
  return (category === 'one' ? `${base}_one` : `${base}_other`) as MessageKey;
}

/** "1 problem", "2 problems" by the UI language's plural rules (keys `<base>_one` and `<base>_other`). */
export function plural(base: PluralKey, count: number, locale = uiLocale()): string {
  return t(pluralKey(base, count, locale), formatNumber(count, locale));
}

/** plural() for a message with more placeholders after the count: "Imported 2 rules from …; refused 1." */
export function pluralWith(base: PluralKey, count: number, ...more: (string | number)[]): string {
  return t(pluralKey(base, count, uiLocale()), formatNumber(count), ...more);
}

/** Whole numbers of the UI language as the background read them (number-shape.ts says why). */
let wholeNumbers: NumberShape | undefined;

/** Counts in `shape.locale` are written from here on without building an `Intl.NumberFormat`. */
export function setNumberShape(shape: NumberShape): void {
  wholeNumbers = shape;
}

/** The shape set by `setNumberShape`, to hand to a lazily injected script's own copy of this module. */
export function numberShape(): NumberShape | undefined {
  return wholeNumbers;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale = uiLocale()): string {
  if (wholeNumbers?.locale === locale && Number.isSafeInteger(value) && value >= 0)
    return writeWholeNumber(value, wholeNumbers);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** "X, LinkedIn and Bluesky" / "X, LinkedIn und Bluesky". */
export function listOf(items: readonly string[], locale = uiLocale()): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** Quoted words with the UI language's quotation marks (“…” or „…“). */
export function quoted(text: string): string {
  return t('quoted', text);
}
