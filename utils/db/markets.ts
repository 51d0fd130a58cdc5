import type { Jurisdiction } from '../checks/types';
import { guessMarkets } from '../i18n/market-guess';
import type { OnBrandDatabase } from './database';
import { settingsRepository } from './settings';

/**
 * Where the user publishes: the markets chosen on the welcome page, else those guessed from the browser's
 * language and time zone. The composer checks with these when the brand has no markets of its own.
 */
export async function publishingMarkets(
  db: OnBrandDatabase,
  locale: string,
  timeZone: string | undefined,
): Promise<{ markets: Jurisdiction[]; chosen: boolean }> {
  const chosen = await settingsRepository(db).read('markets');
  if (chosen.length > 0) return { markets: chosen, chosen: true };
  return { markets: guessMarkets(locale, timeZone), chosen: false };
}
