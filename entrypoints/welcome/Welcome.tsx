import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { AddressChoice } from '@/components/ui/AddressChoice';
import { type GermanAddress, STARTER_TEMPLATES, starterGuidelines } from '@/utils/brands/starter-templates';
import { JURISDICTIONS, type Jurisdiction } from '@/utils/checks/types';
import { brandsRepository, newBrand } from '@/utils/db/brands';
import { getDatabase } from '@/utils/db/database';
import { t, uiLocale } from '@/utils/i18n';
import { marketChoiceName, marketsInASentence } from '@/utils/i18n/markets';
import { sendMessage } from '@/utils/messaging';
import { SITES } from '@/utils/sites';
import { startPracticeComposer } from './practice-composer';

type Status = { error: boolean; text: string } | undefined;

/**
 * The first-run page (opened on install, and from Settings): what OnBrand checks and where, where the user
 * publishes, a starter brand, how to pin the extension, and a composer to try the checks in.
 */
export function Welcome() {
  return (
    <main className="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p className="intro">{t('welcomeIntro')}</p>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('welcomeSitesHeading')}</h2>
        <p>{t('welcomeSites')}</p>
        <ul className="sites">
          {SITES.map((site) => (
            <li key={site.id}>{site.name}</li>
          ))}
        </ul>
      </section>
      <MarketsSection />
      <BrandSection />
      <section aria-labelledby="pin-heading">
        <h2 id="pin-heading">{t('welcomePinHeading')}</h2>
        <p>{t('welcomePinChrome')}</p>
        <p>{t('welcomePinFirefox')}</p>
      </section>
      <PracticeSection />
      <p>
        <a className="button" href={browser.runtime.getURL('/options.html')}>
          {t('welcomeOpenDashboard')}
        </a>
      </p>
    </main>
  );
}

function MarketsSection() {
  const [markets, setMarkets] = useState<Jurisdiction[]>();
  const [status, setStatus] = useState<Status>();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  useEffect(() => {
    void sendMessage('markets.current', {}).then((reply) => {
      if (!reply.ok) return setStatus({ error: true, text: reply.error });
      setMarkets(reply.data.markets);
      if (reply.data.chosen) setStatus({ error: false, text: savedText(reply.data.markets) });
    });
    if (location.hash === '#markets') document.getElementById('markets')?.scrollIntoView();
  }, []);

  const save = async (chosen: Jurisdiction[]) => {
    if (chosen.length === 0) return setStatus({ error: true, text: t('welcomeMarketsNone') });
    const reply = await sendMessage('markets.choose', { markets: chosen });
    setStatus(
      reply.ok ? { error: false, text: savedText(reply.data.markets) } : { error: true, text: reply.error },
    );
    if (reply.ok) window.dispatchEvent(new Event(MARKETS_SAVED));
  };

  return (
    <section id="markets" aria-labelledby="markets-heading">
      <h2 id="markets-heading">{t('welcomeMarketsHeading')}</h2>
      <p>{t('welcomeMarketsHint', uiLocale(), timeZone)}</p>
      {markets && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save(markets);
          }}
        >
          <fieldset>
            <legend>{t('welcomeMarketsHeading')}</legend>
            {JURISDICTIONS.map((market) => (
              <label key={market} className="choice">
                <input
                  type="checkbox"
                  name="market"
                  value={market}
                  checked={markets.includes(market)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    setMarkets((list = []) => (on ? [...list, market] : list.filter((m) => m !== market)));
                  }}
                />
                {marketChoiceName(market)}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button primary">
            {t('welcomeMarketsSave')}
          </button>
        </form>
      )}
      <StatusLine status={status} />
    </section>
  );
}

function StatusLine({ status }: { status: Status }) {
  if (!status) return null;
  return (
    <p className={status.error ? 'error' : 'saved'} role={status.error ? 'alert' : 'status'}>
      {status.text}
    </p>
  );
}

function savedText(markets: readonly Jurisdiction[]): string {
  return t('welcomeMarketsSaved', marketsInASentence(markets));
}

/** The practice composer starts again with the markets just saved. */
const MARKETS_SAVED = 'onbrand-markets-saved';

function BrandSection() {
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState(STARTER_TEMPLATES[0]?.id ?? '');
  const [address, setAddress] = useState<GermanAddress>('sie');
  const [status, setStatus] = useState<Status>();
  const template = STARTER_TEMPLATES.find((candidate) => candidate.id === templateId);

  const create = async () => {
    if (!name.trim()) return setStatus({ error: true, text: t('welcomeBrandNameMissing') });
    if (!template) return;
    // No markets of its own: the brand follows where the user publishes until they give it some.
    const brand = await brandsRepository(getDatabase()).save({
      ...newBrand(name.trim(), starterGuidelines(template, address)),
      isDefault: true,
    });
    await sendMessage('brand.changed', {});
    setStatus({ error: false, text: t('welcomeBrandCreated', brand.name) });
  };

  return (
    <section aria-labelledby="brand-heading">
      <h2 id="brand-heading">{t('welcomeBrandHeading')}</h2>
      <p>{t('welcomeBrandHint')}</p>
      <div className="brand-form">
        <label>
          {t('welcomeBrandName')}
          <input value={name} maxLength={100} onChange={(event) => setName(event.currentTarget.value)} />
        </label>
        <label>
          {t('welcomeBrandTemplate')}
          <select value={templateId} onChange={(event) => setTemplateId(event.currentTarget.value)}>
            {STARTER_TEMPLATES.map((template) => (
              <option key={template.id} value={template.id}>
                {t(template.titleKey)}
              </option>
            ))}
          </select>
        </label>
        {template?.byAddress && <AddressChoice value={address} onChange={setAddress} />}
        <button type="button" className="button primary" onClick={() => void create()}>
          {t('welcomeBrandCreate')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setStatus({ error: false, text: t('welcomeBrandSkipped') })}
        >
          {t('welcomeBrandSkip')}
        </button>
      </div>
      <StatusLine status={status} />
    </section>
  );
}

function PracticeSection() {
  useEffect(() => {
    let stop = startPracticeComposer();
    const restart = () => {
      stop();
      stop = startPracticeComposer();
    };
    window.addEventListener(MARKETS_SAVED, restart);
    return () => {
      window.removeEventListener(MARKETS_SAVED, restart);
      stop();
    };
  }, []);

  return (
    <section aria-labelledby="practice-heading">
      <h2 id="practice-heading">{t('welcomePracticeHeading')}</h2>
      <p>{t('welcomePracticeHint')}</p>
      <textarea data-practice-composer="" aria-label={t('welcomePracticeLabel')} rows={5} />
    </section>
  );
}
