import { browser } from 'wxt/browser';
import type { OnBrandDatabase } from '@/utils/db/database';
import { researchRepository } from '@/utils/db/research';
import { t } from '@/utils/i18n';
import { captureFromContextMenu } from '@/utils/research/context-menu-capture';

const MENU_ID = 'onbrand-save-research';

/** "Save to OnBrand research" on a selection, a link or a page, on any site. */
export function registerResearchContextMenu(db: OnBrandDatabase): void {
  const research = researchRepository(db);
  // Menus persist across service-worker restarts but not across updates; recreate them on every install.
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: t('contextMenuSaveResearch'),
        contexts: ['selection', 'link', 'page'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const captured = captureFromContextMenu(info, tab, Date.now());
    if (!captured) return;
    research.save(captured, Date.now()).catch((error: unknown) => {
      console.warn('OnBrand could not save to research:', error);
    });
  });
}
