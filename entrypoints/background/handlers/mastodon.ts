import { browser } from 'wxt/browser';
import type { OnBrandDatabase } from '@/utils/db/database';
import { settingsRepository } from '@/utils/db/settings';
import { RecordInputError } from '@/utils/db/table-repository';
import { t } from '@/utils/i18n';
import {
  hostOfOrigin,
  hostOfScriptId,
  instanceOrigin,
  instanceScriptId,
  MASTODON_SCRIPT_FILE,
} from '@/utils/mastodon-instances';
import type { Handlers } from '../router';

const hasPermission = (host: string) => browser.permissions.contains({ origins: [instanceOrigin(host)] });

async function registeredHosts(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.flatMap((script) => hostOfScriptId(script.id) ?? []);
}

// One registration at a time, so another can't slip between the check and the register: adding an instance
// again grants its permission (the watcher registers it) while the page's add message does the same.
let registrations: Promise<unknown> = Promise.resolve();

function register(host: string): Promise<void> {
  const registration = registrations.then(async () => {
    if ((await registeredHosts()).includes(host)) return;
    await browser.scripting.registerContentScripts([
      {
        id: instanceScriptId(host),
        js: [MASTODON_SCRIPT_FILE],
        matches: [instanceOrigin(host)],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  });
  registrations = registration.catch(() => undefined);
  return registration;
}

async function unregister(hosts: string[]): Promise<void> {
  const registered = await registeredHosts();
  const ids = hosts.filter((host) => registered.includes(host)).map(instanceScriptId);
  if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids });
}

export function mastodonHandlers(
  db: OnBrandDatabase,
): Pick<Handlers, 'mastodon.instances' | 'mastodon.addInstance' | 'mastodon.removeInstance'> {
  const settings = settingsRepository(db);
  return {
    'mastodon.instances': async () => {
      const hosts = await settings.read('mastodonInstances');
      return {
        instances: await Promise.all(
          hosts.map(async (host) => ({ host, granted: await hasPermission(host) })),
        ),
      };
    },
    'mastodon.addInstance': async ({ host }) => {
      // The permission prompt belongs to the page's click; here it must already be granted (a user may have
      // withdrawn it since): the settings page shows this sentence as it is.
      if (!(await hasPermission(host))) throw new RecordInputError(t('settingsMastodonDenied', host));
      await register(host);
      const hosts = await settings.read('mastodonInstances');
      if (!hosts.includes(host)) await settings.write('mastodonInstances', [...hosts, host]);
      return { host };
    },
    'mastodon.removeInstance': async ({ host }) => {
      await unregister([host]);
      const hosts = await settings.read('mastodonInstances');
      await settings.write(
        'mastodonInstances',
        hosts.filter((known) => known !== host),
      );
      await browser.permissions.remove({ origins: [instanceOrigin(host)] });
      return { host };
    },
  };
}

/**
 * Keeps the runtime content scripts in step with the instance list and the granted permissions: registers
 * what is missing when the background starts (a browser that doesn't persist registrations forgets them),
 * drops scripts for instances no longer listed, and follows the user's site access both ways as it changes,
 * on the browser's extension page as well as ours: a revoked instance stops at once, and one allowed again
 * there (chrome://extensions re-grants a host the extension held before) is checked again without re-adding.
 */
export function watchMastodonInstances(db: OnBrandDatabase): void {
  const settings = settingsRepository(db);
  const sync = async () => {
    const listed = await settings.read('mastodonInstances');
    const granted = (
      await Promise.all(listed.map(async (host) => ((await hasPermission(host)) ? host : undefined)))
    ).filter((host): host is string => host !== undefined);
    await unregister((await registeredHosts()).filter((host) => !granted.includes(host)));
    for (const host of granted) await register(host);
  };
  const hostsOf = (origins: string[] = []) => origins.flatMap((origin) => hostOfOrigin(origin) ?? []);
  const warn = (error: unknown) =>
    console.warn('OnBrand could not update a Mastodon instance script:', error);
  browser.permissions.onRemoved.addListener(({ origins }) => {
    unregister(hostsOf(origins)).catch(warn);
  });
  // Only hosts already listed: the settings page's own grant comes before its instance is listed, and
  // mastodon.addInstance registers that one itself.
  browser.permissions.onAdded.addListener(({ origins }) => {
    const regrant = async () => {
      const listed = await settings.read('mastodonInstances');
      for (const host of hostsOf(origins)) if (listed.includes(host)) await register(host);
    };
    regrant().catch(warn);
  });
  sync().catch(warn);
}

/** Whether a sender URL is on an instance the user added (and still permits). */
export function isAddedInstanceUrl(db: OnBrandDatabase): (url: string) => Promise<boolean> {
  const settings = settingsRepository(db);
  return async (url) => {
    let host: string;
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:') return false;
      host = parsed.hostname;
    } catch {
      return false;
    }
    return (await settings.read('mastodonInstances')).includes(host) && (await hasPermission(host));
  };
}
