import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Brand } from '@/utils/db/records';
import { t } from '@/utils/i18n';
import { brands } from './guidelines/brand-store';

/** The brand a per-brand page works on: the one picked, else the first. Undefined while loading or none. */
export function useChosenBrand(): {
  all: Brand[] | undefined;
  brand: Brand | undefined;
  choose: (id: string) => void;
} {
  const all = useLiveQuery(() => brands.list());
  const [brandId, choose] = useState<string>();
  return { all, brand: all?.find((b) => b.id === brandId) ?? all?.[0], choose };
}

/** The brand picker, shown only when there is more than one brand to pick from. */
export function BrandSelect({ all, brand, choose }: ReturnType<typeof useChosenBrand>) {
  if (!all || all.length < 2) return null;
  return (
    <label className="field">
      <span>{t('partnerBrand')}</span>
      <select value={brand?.id} onChange={(e) => choose(e.currentTarget.value)}>
        {all.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
    </label>
  );
}
