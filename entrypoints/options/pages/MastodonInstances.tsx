import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { instanceOrigin, parseInstanceHost } from '@/utils/mastodon-instances';
import { sendMessage } from '@/utils/messaging';

interface Instance {
  host: string;
  granted: boolean;
}

/**
 * The settings section where the user adds Mastodon instances beyond mastodon.social and mastodon.online.
 * The host permission is asked for right in the click, as browsers require a user gesture for it.
 */
export function MastodonInstances() {
  const [instances, setInstances] = useState<Instance[]>();
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<string>();

  const reload = useCallback(async () => {
    const reply = await sendMessage('mastodon.instances', {});
    if (reply.ok) setInstances(reply.data.instances);
    else setMessage(reply.error);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const add = async () => {
    const parsed = parseInstanceHost(input);
    if ('error' in parsed) return setMessage(parsed.error);
    // First thing in the click handler: an await before it would lose the user gesture.
    const granted = await browser.permissions.request({ origins: [instanceOrigin(parsed.host)] });
    if (!granted) return setMessage(t('settingsMastodonDenied', parsed.host));
    const reply = await sendMessage('mastodon.addInstance', { host: parsed.host });
    setMessage(reply.ok ? t('settingsMastodonAdded', parsed.host) : reply.error);
    if (reply.ok) setInput('');
    await reload();
  };

  const remove = async (host: string) => {
    const reply = await sendMessage('mastodon.removeInstance', { host });
    setMessage(reply.ok ? t('settingsMastodonRemoved', host) : reply.error);
    await reload();
  };

  return (
    <>
      <h2>{t('settingsMastodonHeading')}</h2>
      <p className="muted">{t('settingsMastodonHint')}</p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label>
          {t('settingsMastodonAddress')}{' '}
          <input
            value={input}
            placeholder={t('settingsMastodonExample')}
            onChange={(event) => setInput(event.target.value)}
          />
        </label>
        <button type="submit">{t('settingsMastodonAdd')}</button>
      </form>
      {message && <p role="status">{message}</p>}
      <ul aria-label={t('settingsMastodonList')}>
        {instances?.map(({ host, granted }) => (
          <li key={host}>
            {host}
            {granted ? '' : ` ${t('settingsMastodonWithdrawn')}`}{' '}
            <button type="button" onClick={() => void remove(host)}>
              {t('settingsMastodonRemove', host)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
