import type { CheckOptions, Guidelines } from '@/utils/checks';
import { localDay } from '@/utils/checks/partners';
import type { Jurisdiction } from '@/utils/checks/types';
import type { ActiveBrand } from '@/utils/messaging';
import type { FeatureEnv } from './feature';

/**
 * An adapter that can read the logged-in account's handle from the page. Optional: where an adapter cannot,
 * the brand is picked by site, else the default brand.
 */

export interface ActiveBrandWatch {
  /** The brand's part of `checkDraft`'s options; empty (engine defaults) until the background answers. */
  checkOptions(): Pick<
    CheckOptions,
    | 'guidelines'
    | 'jurisdictions'
    | 'relationship'
    | 'disclosureWording'
    | 'privacy'
    | 'partners'
    | 'today'
    | 'crisis'
    | 'watchTerms'
    | 'utm'
  >;
  /** The brand's crisis mode, for the banner in every composer: null when it is not in one. */
  crisis(): { reason: string; startedAt: number } | null;
  /**
   * The markets the checks assume because neither the brand nor the user named any (guessed from the
   * browser's language and time zone), or null once markets are chosen.
   */
  assumedMarkets(): Jurisdiction[] | null;
  /** Keeps the assumed markets as the user's choice. */
  keepAssumedMarkets(): Promise<void>;
}

/**
 * Keeps the brand that applies on this page. Asked for once, kept, and asked for again when the background
 * says brands changed or the account seen in the page changes, so per-keystroke checks never wait on a
 * message. `onChange` runs after each new answer, so the caller can re-check what is on screen.
 */
export function watchActiveBrand(
  { site, signal, onNotice, send }: Pick<FeatureEnv, 'site' | 'signal' | 'onNotice' | 'send'>,
  onChange: () => void,
): ActiveBrandWatch {
  let current: ActiveBrand | null | undefined;
  /** With no brand: the engine's default rules, their messages in the UI language (asked for once). */
  let defaults: Guidelines | undefined;
  let markets: { markets: Jurisdiction[]; chosen: boolean } | undefined;
  let askedForAccount: string | undefined;
  let asking = 0;

  const fetchBrand = async () => {
    const ask = ++asking;
    askedForAccount = site.currentAccount?.();
    const [reply, marketsReply] = await Promise.all([
      send('brand.active', {
        site: site.id,
        ...(askedForAccount ? { account: askedForAccount } : {}),
      }),
      send('markets.current', {}),
    ]);
    // A newer question was asked meanwhile; its answer wins.
    if (ask !== asking || signal.aborted || !reply.ok) return;
    current = reply.data;
    if (marketsReply.ok) markets = marketsReply.data;
    if (!current && !defaults) {
      const defaultsReply = await send('guidelines.default', {});
      if (ask !== asking || signal.aborted) return;
      if (defaultsReply.ok) defaults = defaultsReply.data.guidelines;
    }
    onChange();
  };

  onNotice((notice) => {
    if (notice.type === 'brands.changed') void fetchBrand();
  });
  void fetchBrand();

  return {
    checkOptions() {
      // Sites render the account switcher after the composer; a changed handle may pick another brand.
      if (site.currentAccount && site.currentAccount() !== askedForAccount) void fetchBrand();
      // A brand's own markets win; else where the user publishes, chosen or (said in the panel) assumed.
      const jurisdictions = current?.jurisdictions.length ? current.jurisdictions : (markets?.markets ?? []);
      if (!current)
        return { ...(markets ? { jurisdictions } : {}), ...(defaults ? { guidelines: defaults } : {}) };
      return {
        guidelines: current.guidelines,
        jurisdictions,
        relationship: current.relationship,
        disclosureWording: current.disclosureWording,
        // The same arrays on every check until the brand changes: the privacy checks index them once.
        ...(current.privacy ? { privacy: current.privacy } : {}),
        ...(current.utm ? { utm: current.utm } : {}),
        // Contracts start and end on days of the user's calendar, read at each check (a tab left open overnight).
        ...(current.partners.length ? { partners: current.partners, today: localDay(new Date()) } : {}),
        ...(current.crisis ? { crisis: current.crisis } : {}),
        ...(current.watchTerms.length ? { watchTerms: current.watchTerms } : {}),
      };
    },
    crisis: () => current?.crisis ?? null,
    assumedMarkets: () =>
      current?.jurisdictions.length || !markets || markets.chosen ? null : markets.markets,
    async keepAssumedMarkets() {
      if (!markets || markets.chosen) return;
      const reply = await send('markets.choose', { markets: markets.markets });
      if (reply.ok) await fetchBrand();
    },
  };
}
