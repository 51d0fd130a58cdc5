import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { SITES } from './utils/sites';

export const coreJsStub = {
  // twitter-text pulls in core-js@2 polyfills for ES5 browsers; OnBrand's browsers have all of it natively.
  find: /^core-js\/.*/,
  replacement: fileURLToPath(new URL('./utils/build/empty-module.ts', import.meta.url)),
};

export const punycodeViaUrl = {
  // twitter-text's domain-length check through the URL parser's own IDNA (see the module).
  find: /^punycode$/,
  replacement: fileURLToPath(new URL('./utils/build/punycode-via-url.ts', import.meta.url)),
};

// See docs/stack.md for why each setting is here.
export default defineConfig({
  // Explicit imports keep every file readable on its own and keep tsc honest.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({ resolve: { alias: [coreJsStub, punycodeViaUrl] } }),
  // The Firefox source package for AMO's reviewers: what the build needs and the notes on building it
  // (docs/store/amo-review.md), not the tests, benchmarks and their fixtures (40 MB of bundled editors).
  zip: { excludeSources: ['tests/**', 'bench/**', 'reports/**', 'test-results/**'] },
  hooks: {
    // Content scripts use the browser's own promise-based API (MV3 Chrome and Firefox both have one, and
    // they only send messages and listen for notices); the background and extension pages keep
    // webextension-polyfill for what it smooths over, such as a promise returned from onMessage. Dropping it
    // from the content scripts saves each of them 2.8 KB gzip (scripts/bundle-budget.mjs).
    'vite:build:extendConfig': (entrypoints, config) => {
      // research-save.js (the feed's save and follow-up buttons) is injected into the same isolated world and
      // does the same, so it goes without the polyfill too.
      const nativeApi = (entrypoint: { type: string; name: string }) =>
        entrypoint.type === 'content-script' ||
        (entrypoint.type === 'unlisted-script' && entrypoint.name === 'research-save');
      if (!entrypoints.every(nativeApi)) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve = {
          ...config.resolve,
          alias: alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser'),
        };
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  webExt: {
    // `npm start` launches the browser itself (scripts/start.mjs); `wxt dev` users set binaries in web-ext.config.ts.
    disabled: true,
  },
  manifest: ({ browser }) => ({
    name: 'OnBrand',
    // The browser shows the description and the shortcut's name in its UI language (public/_locales).
    default_locale: 'en',
    description: '__MSG_extDescription__',
    // contextMenus + activeTab: "Save to OnBrand research" on any page; activeTab lends that tab's title and
    // URL for the one click, with no install warning and no standing access to other sites.
    // alarms: refreshing the guidelines packs brands subscribe to, and calendar reminders.
    // notifications: calendar reminders at an entry's time.
    // scripting + optional hosts: Mastodon instances the user adds get the content script at runtime, each
    // host asked for when it is added (stack.md §5.3).
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'activeTab',
      'alarms',
      'notifications',
      'scripting',
    ],
    // A pack URL's or Mastodon instance's host is asked for when the user adds it, never at install.
    optional_host_permissions: ['https://*/*'],
    // The same hosts the content scripts run on (no new install warning); lets the popup see which
    // supported site the current tab is on without the broad `tabs` permission.
    host_permissions: SITES.flatMap((site) => site.matches),
    // The saved-reply picker is framed beside composers (components/overlay/reply-picker-frame.ts), on the
    // built-in sites and on Mastodon instances the user adds, so any https page may load it. It shows nothing
    // without the one-time token its content script registered; Chrome also serves it only at a per-session
    // dynamic URL that the page cannot learn (Firefox's moz-extension UUID is random per install already and
    // it has no such key).
    web_accessible_resources: [
      {
        resources: ['reply-picker.html'],
        matches: ['https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // A suggested key the user can change on the browser's shortcuts page (chrome://extensions/shortcuts,
    // about:addons → Manage Extension Shortcuts); entrypoints/background/commands.ts passes it on to the tab.
    commands: {
      'open-findings': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_commandOpenFindings__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'onbrand@onbrand.app',
              strict_min_version: '140.0',
              // OnBrand collects nothing: drafts, guidelines and research stay in the browser.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
