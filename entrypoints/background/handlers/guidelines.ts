import { browser } from 'wxt/browser';
import {
  type FetchLike,
  type RefreshOptions,
  refreshSubscribedBrand,
} from '@/utils/brands/pack-subscription';
import { defaultStarterGuidelines } from '@/utils/brands/starter-templates';
import type { PlatformId } from '@/utils/checks/types';
import { activeGuidelines, brandsRepository, disclosureOptions, utmOptions } from '@/utils/db/brands';
import { crisesRepository } from '@/utils/db/crises';
import type { OnBrandDatabase } from '@/utils/db/database';
import { partnerForChecks, partnersRepository } from '@/utils/db/partners';
import type { Brand } from '@/utils/db/records';
import { repliesRepository } from '@/utils/db/replies';
import { settingsRepository } from '@/utils/db/settings';
import { refuseInUiLanguage } from '@/utils/i18n/zod-language';
import { chooseReplyText } from '@/utils/replies/variant';
import type { Handlers } from '../router';
import { noticeAllTabs } from './settings';

export const PACK_REFRESH_ALARM = 'onbrand.refreshPacks';
/** Teams change their rules now and then, not by the minute; a 304 makes each check nearly free. */
const PACK_REFRESH_MINUTES = 6 * 60;

/**
 * Re-reads a subscribed brand's pack and stores the result. The write re-reads the brand inside its
 * transaction, so an edit made in the dashboard while the fetch was under way is not overwritten.
 */
async function refreshAndStore(
  db: OnBrandDatabase,
  brand: Brand,
  fetchPack: FetchLike,
  options?: RefreshOptions,
): Promise<Brand> {
  // The refusal is kept for the dashboard to show, so zod's own words in it are in the UI language too.
  refuseInUiLanguage();
  const refreshed = await refreshSubscribedBrand(brand, fetchPack, Date.now(), options);
  const brands = brandsRepository(db);
  const stored = await db.transaction('rw', db.brands, async () => {
    const current = await brands.get(brand.id);
    if (!current || current.subscription?.url !== brand.subscription?.url) return current;
    return brands.put({ ...current, guidelines: refreshed.guidelines, subscription: refreshed.subscription });
  });
  if (stored && refreshed.guidelines !== brand.guidelines) await noticeAllTabs({ type: 'brands.changed' });
  return stored ?? refreshed;
}

/**
 * Refreshes every subscribed brand at once, each on its own: a server that never answers (given up after
 * the timeout) or a brand whose store fails holds up or spoils no other brand's refresh.
 */
export async function refreshAllPacks(
  db: OnBrandDatabase,
  fetchPack: FetchLike,
  options?: RefreshOptions,
): Promise<void> {
  const subscribed = (await brandsRepository(db).list()).filter((brand) => brand.subscription);
  const outcomes = await Promise.allSettled(
    subscribed.map((brand) => refreshAndStore(db, brand, fetchPack, options)),
  );
  for (const outcome of outcomes) {
    if (outcome.status === 'rejected') console.warn('A pack refresh could not be stored:', outcome.reason);
  }
}

/** Schedules the pack refresh once; `create` would restart the timer every time the worker wakes. */
export async function schedulePackRefresh(): Promise<void> {
  if (await browser.alarms.get(PACK_REFRESH_ALARM)) return;
  await browser.alarms.create(PACK_REFRESH_ALARM, {
    periodInMinutes: PACK_REFRESH_MINUTES,
    delayInMinutes: 1,
  });
}

/**
 * The privacy checks' part of the active brand: its published contacts, its order number formats, and its
 * "send us a DM" saved reply expanded for the site (absent when none is chosen or it was deleted).
 */
async function privacyFor(db: OnBrandDatabase, brand: Brand, site: PlatformId) {
  const { supportContacts = [], orderPatterns = [], dmReplyId } = brand.privacy ?? {};
  const [reply, myName] = dmReplyId
    ? await Promise.all([repliesRepository(db).get(dmReplyId), settingsRepository(db).read('myName')])
    : [undefined, undefined];
  const dmReply = reply
    ? chooseReplyText(reply, site, { myName: myName || undefined, now: new Date() }).expansion.text.trim()
    : '';
  return { ownContacts: supportContacts, orderPatterns, ...(dmReply ? { dmReply } : {}) };
}

export function guidelinesHandlers(
  db: OnBrandDatabase,
  fetchPack: FetchLike = (url, init) => fetch(url, init),
): Pick<
  Handlers,
  'brand.active' | 'brand.list' | 'brand.changed' | 'brand.refreshPack' | 'guidelines.default'
> {
  const brands = brandsRepository(db);
  return {
    'brand.active': async ({ site, account, brandId }) => {
      const brand =
        (brandId ? await brands.get(brandId) : undefined) ?? (await brands.forPage(site, account));
      if (!brand) return null;
      const crisis = await crisesRepository(db).open(brand.id);
      return {
        id: brand.id,
        name: brand.name,
        guidelines: activeGuidelines(brand),
        ...disclosureOptions(brand),
        relationship: brand.defaultRelationship,
        privacy: await privacyFor(db, brand, site),
        ...utmOptions(brand),
        partners: (await partnersRepository(db).forBrand(brand.id)).map(partnerForChecks),
        crisis: crisis ? { reason: crisis.reason, startedAt: crisis.startedAt } : null,
        watchTerms: brand.watchTerms ?? [],
      };
    },
    'guidelines.default': async () => ({ guidelines: defaultStarterGuidelines() }),
    'brand.list': async () => ({
      brands: (await brands.list()).map(({ id, name }) => ({ id, name })),
    }),
    'brand.changed': async () => {
      await noticeAllTabs({ type: 'brands.changed' });
      return {};
    },
    'brand.refreshPack': async ({ brandId }) => {
      const brand = await brands.get(brandId);
      if (!brand?.subscription) throw new Error('This brand does not follow a pack URL.');
      const { packVersion, updatedAt, checkedAt, lastError } =
        (await refreshAndStore(db, brand, fetchPack)).subscription ?? {};
      return { packVersion, updatedAt, checkedAt, lastError };
    },
  };
}
