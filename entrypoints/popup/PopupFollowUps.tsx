import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { getDatabase } from '@/utils/db/database';
import { followUpsRepository } from '@/utils/db/follow-ups';
import { isDue } from '@/utils/follow-ups/schedule';
import { plural, t } from '@/utils/i18n';

const followUps = followUpsRepository(getDatabase());

/** How many follow-ups are due now, and the way to the dashboard's list of them. */
export function PopupFollowUps() {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const open = useLiveQuery(() => followUps.open());
  if (!open) return null;
  const due = open.filter((followUp) => isDue(followUp, now)).length;
  return (
    <section className="follow-ups" aria-label={t('navFollowUps')}>
      <p>
        <strong>{due > 0 ? plural('popupFollowUpsDue', due) : t('popupFollowUpsNone')}</strong>
      </p>
      {open.length > 0 && (
        <button
          type="button"
          onClick={() => {
            void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/follow-ups') });
            window.close();
          }}
        >
          {t('popupFollowUpsShow')}
        </button>
      )}
    </section>
  );
}
