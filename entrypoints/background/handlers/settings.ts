import { browser } from 'wxt/browser';
import type { OnBrandDatabase } from '@/utils/db/database';
import { settingsRepository } from '@/utils/db/settings';
import { messagesSentAtLoad, uiLocale } from '@/utils/i18n';
import { type NumberShape, numberShapeOf } from '@/utils/i18n/number-shape';
import type { TabNotice } from '@/utils/messaging';
import type { Handlers } from '../router';
import { ownHandlesForSender, ownHandlesReader } from './analytics';

/** Tells every open tab; content scripts of other sites ignore what isn't theirs. */
export async function noticeAllTabs(notice: TabNotice): Promise<void> {
  const tabs = await browser.tabs.query({});
  // Tabs without an OnBrand content script have no listener and reject; that is expected.
  await Promise.allSettled(
    tabs.map(async (tab) => {
      if (tab.id !== undefined) await browser.tabs.sendMessage(tab.id, notice);
    }),
  );
}

export function settingsHandlers(db: OnBrandDatabase): Pick<Handlers, 'site.status' | 'site.setEnabled'> {
  const settings = settingsRepository(db);
  const readOwnHandles = ownHandlesReader(db);
  // Read from Intl once per background start: the UI language changes only with a browser restart.
  let numbers: NumberShape | null | undefined;
  return {
    // Everything a page needs at load in one round trip: the switch, the number shape, the badge's words and
    // the brand's own handles for the browse snapshots (own-post-snapshots.ts).
    'site.status': async ({ site }, _sender, origin) => {
      numbers ??= numberShapeOf(uiLocale()) ?? null;
      const [enabled, ownHandles] = await Promise.all([
        settings.isSiteEnabled(site),
        // A page asking for another site's status (it never should) hears no handles rather than an error.
        ownHandlesForSender(readOwnHandles, site, origin).catch(() => []),
      ]);
      return { site, enabled, numbers, messages: messagesSentAtLoad(), ownHandles };
    },
    'site.setEnabled': async ({ site, enabled }) => {
      await settings.setSiteEnabled(site, enabled);
      await noticeAllTabs({ type: 'site.statusChanged', site, enabled });
      return { site, enabled };
    },
  };
}
