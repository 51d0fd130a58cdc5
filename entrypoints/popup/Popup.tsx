import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SiteSwitch } from '@/components/ui/SiteSwitch';
import { listOf, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { SITE_METAS, type SiteMeta, siteForUrl } from '@/utils/sites/meta';
import { PopupCrisis } from './PopupCrisis';
import { PopupFollowUps } from './PopupFollowUps';
import { PopupReview } from './PopupReview';
import { PopupWeek } from './PopupWeek';

type TabSite =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'site'; site: SiteMeta; enabled: boolean };

/**
 * The tab the popup is about: the active tab, or the one named by `?tab=<id>` when the popup is opened as a
 * page of its own (keyboard shortcut pages, tests).
 */
async function targetTabUrl(): Promise<string | undefined> {
  const tabParam = new URLSearchParams(location.search).get('tab');
  if (tabParam) return (await browser.tabs.get(Number(tabParam))).url;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

export function Popup() {
  const [state, setState] = useState<TabSite>({ kind: 'loading' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const site = siteForUrl(await targetTabUrl().catch(() => undefined));
      if (!site) return setState({ kind: 'unsupported' });
      const reply = await sendMessage('site.status', { site: site.id });
      if (!reply.ok) setError(reply.error);
      setState({ kind: 'site', site, enabled: reply.ok ? reply.data.enabled : true });
    })();
  }, []);

  const toggle = async (site: SiteMeta, enabled: boolean) => {
    setBusy(true);
    const reply = await sendMessage('site.setEnabled', { site: site.id, enabled });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setError(undefined);
    setState({ kind: 'site', site, enabled: reply.data.enabled });
  };

  return (
    <main className="popup">
      <header>
        <h1>OnBrand</h1>
      </header>
      <section className="status" aria-live="polite">
        {state.kind === 'loading' && <p className="muted">{t('popupLooking')}</p>}
        {state.kind === 'unsupported' && (
          <p>{t('popupUnsupported', listOf(SITE_METAS.map((site) => site.name)))}</p>
        )}
        {state.kind === 'site' && (
          <>
            <p>{state.enabled ? t('popupActive', state.site.name) : t('popupOff', state.site.name)}</p>
            <SiteSwitch
              label={t('popupSwitch', state.site.name)}
              enabled={state.enabled}
              busy={busy}
              onChange={(enabled) => void toggle(state.site, enabled)}
            />
          </>
        )}
        {error && <p className="error">{error}</p>}
      </section>
      <PopupReview />
      <PopupWeek />
      <PopupFollowUps />
      <PopupCrisis site={state.kind === 'site' ? state.site.id : undefined} />
      <button
        type="button"
        className="button primary"
        onClick={() => {
          void browser.runtime.openOptionsPage();
          window.close();
        }}
      >
        {t('popupOpenDashboard')}
      </button>
    </main>
  );
}
