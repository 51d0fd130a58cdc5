import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { SiteSwitch } from '@/components/ui/SiteSwitch';
import { getDatabase } from '@/utils/db/database';
import { settingsRepository } from '@/utils/db/settings';
import { formatNumber, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { SITE_METAS } from '@/utils/sites/meta';
import { CheckDiagnostics } from './CheckDiagnostics';
import { DamagedRecords } from './DamagedRecords';
import { MastodonInstances } from './MastodonInstances';
import { TeamSettings } from './TeamSettings';

const settings = settingsRepository(getDatabase());

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return t('settingsKilobytes', formatNumber(Math.round(bytes / 1024)));
  return t('settingsMegabytes', formatNumber(Math.round(bytes / 1024 / 102.4) / 10));
}

export function SettingsPage() {
  // Live: a switch flipped in the popup shows here at once.
  const disabledSites = useLiveQuery(() => settings.read('disabledSites'));
  const storedBrowseSnapshots = useLiveQuery(() => settings.read('browseSnapshots'));
  // The click shows at once; the stored value (live, from the database) follows.
  const [chosenBrowseSnapshots, setBrowseSnapshots] = useState<boolean>();
  const browseSnapshots = chosenBrowseSnapshots ?? storedBrowseSnapshots;
  const [error, setError] = useState<string>();
  const [usage, setUsage] = useState<string>();

  useEffect(() => {
    void navigator.storage?.estimate().then(({ usage: used = 0 }) => setUsage(formatBytes(used)));
  }, []);

  return (
    <section>
      <h1>{t('settingsTitle')}</h1>
      <h2>{t('settingsWelcomeHeading')}</h2>
      <p className="muted">{t('settingsWelcomeHint')}</p>
      <button type="button" className="button" onClick={() => void sendMessage('welcome.open', {})}>
        {t('settingsWelcomeOpen')}
      </button>
      <h2>{t('settingsSites')}</h2>
      <p className="muted">{t('settingsSitesHint')}</p>
      <div className="card">
        {SITE_METAS.map((site) => (
          <SiteSwitch
            key={site.id}
            label={site.name}
            busy={disabledSites === undefined}
            enabled={!disabledSites?.includes(site.id)}
            onChange={async (enabled) => {
              // Through the background, which tells the site's open tabs at once.
              const reply = await sendMessage('site.setEnabled', { site: site.id, enabled });
              setError(reply.ok ? undefined : reply.error);
            }}
          />
        ))}
      </div>
      {error && <p className="error">{error}</p>}
      <MastodonInstances />
      <h2>{t('settingsAnalytics')}</h2>
      <label>
        <input
          type="checkbox"
          disabled={browseSnapshots === undefined}
          checked={browseSnapshots ?? true}
          aria-describedby="browse-snapshots-hint"
          onChange={(event) => {
            const keep = event.currentTarget.checked;
            setBrowseSnapshots(keep);
            void settings.write('browseSnapshots', keep);
          }}
        />
        {t('settingsBrowseSnapshots')}
      </label>
      <p id="browse-snapshots-hint" className="muted">
        {t('settingsBrowseSnapshotsHint')}
      </p>
      <TeamSettings />
      <h2>{t('settingsPrivacy')}</h2>
      <p>{usage ? t('settingsPrivacyUsage', usage) : t('settingsPrivacyText')}</p>
      <DamagedRecords />
      <CheckDiagnostics />
    </section>
  );
}
