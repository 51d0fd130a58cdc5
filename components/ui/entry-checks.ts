import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useMemo } from 'react';
import { type EntryChecks, NO_BRANDS, NO_CHECKS, NO_PARTNERS } from '@/utils/calendar/entry-findings';
import { brandsRepository } from '@/utils/db/brands';
import { getDatabase } from '@/utils/db/database';
import { partnersRepository } from '@/utils/db/partners';

/**
 * The stored brands and partners, for checking calendar entries as the composer does (each site's brand's
 * markets and wording, the partners' contracts). A new list whenever either table changes.
 */
export function useEntryChecks(): EntryChecks {
  const brands = useLiveQuery(() => brandsRepository(getDatabase()).list()) ?? NO_BRANDS;
  const partners = useLiveQuery(() => partnersRepository(getDatabase()).list()) ?? NO_PARTNERS;
  return useMemo(() => ({ brands, partners }), [brands, partners]);
}

/** The calendar page's useEntryChecks, for the entry chips of every view. */
export const EntryChecksContext = createContext<EntryChecks>(NO_CHECKS);
