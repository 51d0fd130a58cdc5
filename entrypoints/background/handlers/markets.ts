import { browser } from 'wxt/browser';
import type { OnBrandDatabase } from '@/utils/db/database';
import { settingsRepository } from '@/utils/db/settings';
import { guessMarkets } from '@/utils/i18n/market-guess';
import type { Handlers } from '../router';
import { noticeAllTabs } from './settings';

export const WELCOME_PAGE = '/welcome.html';

export function marketsHandlers(
  db: OnBrandDatabase,
): Pick<Handlers, 'markets.current' | 'markets.choose' | 'welcome.open'> {
  const settings = settingsRepository(db);
  return {
    'markets.current': async () => {
      const chosen = await settings.read('markets');
      if (chosen.length > 0) return { markets: chosen, chosen: true };
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      return { markets: guessMarkets(browser.i18n.getUILanguage(), timeZone), chosen: false };
    },
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
