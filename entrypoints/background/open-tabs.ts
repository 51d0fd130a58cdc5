import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * Chrome runs the content scripts only in pages loaded after OnBrand was installed or updated: the X tab a
 * user had open when installing shows no badge until reloaded, and after an update its copy is cut off from
 * the background. So at install and update OnBrand runs them in the open tabs of its sites, including the
 * Mastodon instances the user added. The copy an update cut off steps aside when the new one starts (WXT's
 * content-script context hands over on its start event). Firefox runs them in open tabs by itself.
 *
 * Not webext-inject-on-install, which does the same: it insists on the `tabs` permission (a "read your
 * browsing history" warning at install), while the host permissions OnBrand has already let it find the tabs
 * of its sites.
 */
export function runContentScriptsInOpenTabs(): void {
  if (import.meta.env.FIREFOX) return;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void injectIntoOpenTabs();
  });
}

interface ScriptGroup {
  matches: string[];
  /** The manifest's and the registered scripts' files: paths inside the extension, as WXT types them. */
  js: ScriptPublicPath[];
  allFrames: boolean;
}

async function injectIntoOpenTabs(): Promise<void> {
  const declared: ScriptGroup[] = (browser.runtime.getManifest().content_scripts ?? []).map((script) => ({
    matches: script.matches ?? [],
    js: (script.js ?? []) as ScriptPublicPath[],
    allFrames: script.all_frames ?? false,
  }));
  const added: ScriptGroup[] = (await browser.scripting.getRegisteredContentScripts()).map((script) => ({
    matches: script.matches ?? [],
    js: (script.js ?? []) as ScriptPublicPath[],
    allFrames: script.allFrames ?? false,
  }));
  for (const group of [...declared, ...added]) {
    if (group.matches.length === 0 || group.js.length === 0) continue;
    // Discarded and still-loading tabs get the scripts from the browser when they load.
    const tabs = await browser.tabs.query({ url: group.matches, discarded: false, status: 'complete' });
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      browser.scripting
        .executeScript({
          target: { tabId: tab.id, allFrames: group.allFrames },
          files: group.js,
        })
        // A tab closed or navigated away meanwhile, or a page the browser's policy keeps scripts out of.
        .catch(() => {});
    }
  }
}
