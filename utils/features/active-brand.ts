import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CheckOptions } from '@/utils/checks';
import { type ActiveBrand, asTabNotice, sendMessage } from '@/utils/messaging';
import type { SiteAdapter } from '@/utils/sites/types';

/**
 * An adapter that can read the logged-in account's handle from the page. Optional: where an adapter cannot,
 * the brand is picked by site, else the default brand.
 */

export interface ActiveBrandWatch {
  /** The brand's part of `checkDraft`'s options; empty (engine defaults) until the background answers. */
  checkOptions(): Pick<CheckOptions, 'guidelines' | 'jurisdictions' | 'relationship' | 'privacy'>;
  brand(): ActiveBrand | null | undefined;
  /** The overlay panel's brand switcher: use this brand on this tab until the page reloads. */
  choose(brandId: string): Promise<void>;
  /** Stops listening, for when the site is switched off (the context ending stops it too). */
  stop(): void;
}

/**
 * Keeps the brand that applies on this page. Asked for once, kept, and asked for again when the background
 * says brands changed or the account seen in the page changes, so per-keystroke checks never wait on a
 * message. `onChange` runs after each new answer, so the caller can re-check what is on screen.
 */
export function watchActiveBrand(
  ctx: ContentScriptContext,
  site: SiteAdapter,
  onChange: () => void,
): ActiveBrandWatch {
  let current: ActiveBrand | null | undefined;
  let chosenId: string | undefined;
  let askedForAccount: string | undefined;
  let asking = 0;

  const fetchBrand = async () => {
    const ask = ++asking;
    askedForAccount = site.currentAccount?.();
    const reply = await sendMessage('brand.active', {
      site: site.id,
      ...(askedForAccount ? { account: askedForAccount } : {}),
      ...(chosenId ? { brandId: chosenId } : {}),
    });
    // A newer question was asked meanwhile; its answer wins.
    if (ask !== asking || ctx.isInvalid || !reply.ok) return;
    current = reply.data;
    onChange();
  };

  const onNotice = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    if (asTabNotice(raw)?.type === 'brands.changed') void fetchBrand();
  };
  const stop = () => {
    asking++;
    browser.runtime.onMessage.removeListener(onNotice);
  };
  browser.runtime.onMessage.addListener(onNotice);
  ctx.onInvalidated(stop);
  void fetchBrand();

  return {
    checkOptions() {
      // Sites render the account switcher after the composer; a changed handle may pick another brand.
      if (site.currentAccount && site.currentAccount() !== askedForAccount) void fetchBrand();
      if (!current) return {};
      return {
        guidelines: current.guidelines,
        jurisdictions: current.jurisdictions,
        relationship: current.relationship,
        // The same arrays on every check until the brand changes: the privacy checks index them once.
        ...(current.privacy ? { privacy: current.privacy } : {}),
      };
    },
    brand: () => current,
    choose(brandId) {
      chosenId = brandId;
      return fetchBrand();
    },
    stop,
  };
}
