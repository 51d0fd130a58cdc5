import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useMemo } from 'react';
import { browser } from 'wxt/browser';
import { type EntryChecks, NO_BRANDS, NO_CHECKS, NO_PARTNERS } from '@/utils/calendar/entry-findings';
import { brandsRepository } from '@/utils/db/brands';
import { getDatabase } from '@/utils/db/database';
import { publishingMarkets } from '@/utils/db/markets';
import { partnersRepository } from '@/utils/db/partners';

/**
 * The stored brands and partners and where the user publishes, for checking calendar entries as the composer
 * does (each site's brand's markets and wording, else the user's markets; the partners' contracts). A new
 * object whenever one of them changes.
 */
export function useEntryChecks(): EntryChecks {
  const brands = useLiveQuery(() => brandsRepository(getDatabase()).list()) ?? NO_BRANDS;
  const partners = useLiveQuery(() => partnersRepository(getDatabase()).list()) ?? NO_PARTNERS;
  const markets = useLiveQuery(async () => {
    const { markets } = await publishingMarkets(
      getDatabase(),
      browser.i18n.getUILanguage(),
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    return markets;
  });
  return useMemo(() => ({ brands, partners, markets: markets ?? [] }), [brands, partners, markets]);
}

/** The calendar page's useEntryChecks, for the entry chips of every view. */
export const EntryChecksContext = createContext<EntryChecks>(NO_CHECKS);
