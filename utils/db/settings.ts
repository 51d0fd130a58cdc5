import * as z from 'zod/mini';
import { JurisdictionSchema } from '../checks/schemas';
import type { Jurisdiction } from '../checks/types';
import { InstanceHostSchema } from '../mastodon-instances';
import type { SiteId } from '../sites/ids';
import { SITE_IDS } from '../sites/ids';
import type { OnBrandDatabase } from './database';

/** Each setting's key and schema; a stored value that no longer parses falls back to the default. */
const setting = <T>(schema: z.ZodMiniType<T>, fallback: T) => ({ schema, fallback });

const SETTINGS = {
  disabledSites: setting<SiteId[]>(z.array(z.enum(SITE_IDS)), []),
  /** Mastodon instances the user added beyond the built-in ones (utils/mastodon-instances.ts). */
  mastodonInstances: setting<string[]>(z.array(InstanceHostSchema), []),
  /**
   * Where the user publishes (the welcome page's question): the disclosure law drafts are checked against
   * when their brand names no markets. Empty until the user chose, and then the overlay says what it assumes.
   */
  markets: setting<Jurisdiction[]>(z.array(JurisdictionSchema), []),
  /** What `{my.name}` in a saved reply becomes. */
  myName: setting<string>(z.string().check(z.maxLength(200)), ''),
  /** Calendar CSV imports: which column is which, per set of headers the user mapped once. */
  csvColumnMappings: setting<Record<string, Record<string, string>>>(
    z.record(z.string().check(z.maxLength(5_000)), z.record(z.string(), z.string().check(z.maxLength(500)))),
    {},
  ),
  /** Analytics: the basis of each platform's engagement rate, as the user picked it. */
  analyticsRateBasis: setting<Partial<Record<SiteId, 'reach' | 'impressions' | 'followers'>>>(
    z.partialRecord(z.enum(SITE_IDS), z.enum(['reach', 'impressions', 'followers'])),
    {},
  ),
  /** Analytics: each account's follower count, for the engagement rate by followers. */
  analyticsFollowers: setting<Partial<Record<SiteId, number>>>(
    z.partialRecord(z.enum(SITE_IDS), z.number().check(z.int(), z.nonnegative())),
    {},
  ),
  /**
   * Analytics: keep snapshots of the brand's own posts read while the user browses its pages (on by default;
   * only the accounts listed in a brand, docs/analytics.md).
   */
  browseSnapshots: setting<boolean>(z.boolean(), true),
};

type SettingKey = keyof typeof SETTINGS;
type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K]['fallback'];

export function settingsRepository(db: OnBrandDatabase) {
  async function read<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
    const row = await db.settings.get(key);
    const parsed = SETTINGS[key].schema.safeParse(row?.value);
    return parsed.success ? parsed.data : SETTINGS[key].fallback;
  }

  async function write<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
    await db.settings.put({ key, value: SETTINGS[key].schema.parse(value) });
  }

  return {
    read,
    write,
    async isSiteEnabled(site: SiteId): Promise<boolean> {
      return !(await read('disabledSites')).includes(site);
    },
    async setSiteEnabled(site: SiteId, enabled: boolean): Promise<void> {
      await db.transaction('rw', db.settings, async () => {
        const others = (await read('disabledSites')).filter((id) => id !== site);
        await write('disabledSites', enabled ? others : [...others, site]);
      });
    },
  };
}
