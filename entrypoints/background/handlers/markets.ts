import { browser } from 'wxt/browser';
import type { OnBrandDatabase } from '@/utils/db/database';
import { publishingMarkets } from '@/utils/db/markets';
import { settingsRepository } from '@/utils/db/settings';
import type { Handlers } from '../router';
import { noticeAllTabs } from './settings';

export const WELCOME_PAGE = '/welcome.html';

export function marketsHandlers(
  db: OnBrandDatabase,
): Pick<Handlers, 'markets.current' | 'markets.choose' | 'welcome.open'> {
  const settings = settingsRepository(db);
  return {
    'markets.current': () =>
      publishingMarkets(db, browser.i18n.getUILanguage(), Intl.DateTimeFormat().resolvedOptions().timeZone),
    'markets.choose': async ({ markets }) => {
      const unique = [...new Set(markets)];
      await settings.write('markets', unique);
      // Open composers check again with the chosen law and drop the "assumed" notice.
      await noticeAllTabs({ type: 'brands.changed' });
      return { markets: unique };
    },
    'welcome.open': async ({ section }) => {
      await openWelcomePage(section);
      return {};
    },
  };
}

export async function openWelcomePage(section?: 'markets'): Promise<void> {
  await browser.tabs.create({
    url: browser.runtime.getURL(`${WELCOME_PAGE}${section ? `#${section}` : ''}`),
  });
}
