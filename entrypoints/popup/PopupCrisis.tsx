import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CrisisStartForm } from '@/components/ui/CrisisStartForm';
import type { PlatformId } from '@/utils/checks/types';
import { brandsRepository, pickBrand } from '@/utils/db/brands';
import { crisesRepository } from '@/utils/db/crises';
import { getDatabase } from '@/utils/db/database';
import { saveFailureText } from '@/utils/db/save-failure';
import { t, uiLocale } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';

const brands = brandsRepository(getDatabase());
const crises = crisesRepository(getDatabase());

/**
 * Crisis mode in one click for the brand of the tab's site (the default brand elsewhere): when something
 * goes wrong the popup is nearer than the dashboard. Open tabs hear of it at once (`brand.changed`).
 */
export function PopupCrisis({ site }: { site: PlatformId | undefined }) {
  const state = useLiveQuery(async () => {
    const all = await brands.list();
    const brand = site ? pickBrand(all, site) : (all.find((b) => b.isDefault) ?? all[0]);
    return brand ? { brand, open: await crises.open(brand.id) } : null;
  }, [site]);
  const [error, setError] = useState<string>();
  if (!state) return null;
  const { brand, open } = state;
  const act = async (action: () => Promise<unknown>): Promise<boolean> => {
    setError(undefined);
    try {
      await action();
      await sendMessage('brand.changed', {});
      return true;
    } catch (failure) {
      setError(saveFailureText(failure));
      return false;
    }
  };
  return (
    <section className="crisis" aria-label={t('crisisTitle')}>
      {open ? (
        <>
          <p role="status">
            <strong>
              {t(
                'crisisOnSince',
                new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'short', timeStyle: 'short' }).format(
                  open.startedAt,
                ),
              )}
            </strong>{' '}
            {open.reason}
          </p>
          <button type="button" onClick={() => void act(() => crises.end(open.id))}>
            {t('crisisEnd')}
          </button>
        </>
      ) : (
        <CrisisStartForm
          label={t('crisisPopupReason', brand.name)}
          onStart={(reason) => act(() => crises.start(brand.id, reason))}
        />
      )}
      {error && <p className="error">{error}</p>}
    </section>
  );
}
