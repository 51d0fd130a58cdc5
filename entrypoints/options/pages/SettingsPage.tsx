import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { SiteSwitch } from '@/components/ui/SiteSwitch';
import { getDatabase } from '@/utils/db/database';
import { settingsRepository } from '@/utils/db/settings';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { SITE_METAS } from '@/utils/sites/meta';
import { CheckDiagnostics } from './CheckDiagnostics';
import { DamagedRecords } from './DamagedRecords';
import { MastodonInstances } from './MastodonInstances';
import { TeamSettings } from './TeamSettings';

const settings = settingsRepository(getDatabase());

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function SettingsPage() {
  // Live: a switch flipped in the popup shows here at once.
  const disabledSites = useLiveQuery(() => settings.read('disabledSites'));
  const [error, setError] = useState<string>();
  const [usage, setUsage] = useState<string>();

  useEffect(() => {
    void navigator.storage?.estimate().then(({ usage: used = 0 }) => setUsage(formatBytes(used)));
  }, []);

  return (
    <section>
      <h1>Settings</h1>
      <h2>{t('settingsWelcomeHeading')}</h2>
      <p className="muted">{t('settingsWelcomeHint')}</p>
      <button type="button" className="button" onClick={() => void sendMessage('welcome.open', {})}>
        {t('settingsWelcomeOpen')}
      </button>
      <h2>Sites</h2>
      <p className="muted">OnBrand checks posts on these sites. Switch it off where you don’t want it.</p>
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
      <TeamSettings />
      <h2>Privacy</h2>
      <p>
        Your drafts, guidelines, saved replies and research stay in this browser
        {usage ? ` (${usage} used)` : ''}. OnBrand sends nothing anywhere unless you export it.
      </p>
      <DamagedRecords />
      <CheckDiagnostics />
    </section>
  );
}
