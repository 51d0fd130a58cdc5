import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { PARTNER_RELATIONSHIPS, type PartnerRelationship } from '@/utils/checks/partners';
import { JURISDICTIONS, type Jurisdiction, PLATFORM_IDS, type PlatformId } from '@/utils/checks/types';
import { getDatabase } from '@/utils/db/database';
import { partnersRepository } from '@/utils/db/partners';
import type { Brand, Partner } from '@/utils/db/records';
import { saveFailureText } from '@/utils/db/save-failure';
import { type MessageKey, t } from '@/utils/i18n';
import { siteName } from '@/utils/sites/meta';
import { BrandSelect, useChosenBrand } from './BrandChoice';
import { CreatorVetting } from './CreatorVetting';
import { announceBrandChange } from './guidelines/brand-store';

const partners = partnersRepository(getDatabase());

export const RELATIONSHIP_LABELS: Record<PartnerRelationship, MessageKey> = {
  paid: 'partnerRelationshipPaid',
  gifted: 'partnerRelationshipGifted',
  affiliate: 'partnerRelationshipAffiliate',
  ambassador: 'partnerRelationshipAmbassador',
  employee: 'partnerRelationshipEmployee',
};

interface HandleRow {
  platform: PlatformId;
  handle: string;
}

interface PartnerForm {
  id?: string;
  createdAt?: number;
  name: string;
  relationship: PartnerRelationship;
  from: string;
  until: string;
  markets: Jurisdiction[];
  handles: HandleRow[];
}

const EMPTY: PartnerForm = {
  name: '',
  relationship: 'paid',
  from: '',
  until: '',
  markets: [],
  handles: [{ platform: 'instagram', handle: '' }],
};

function formOf(partner: Partner): PartnerForm {
  return {
    id: partner.id,
    createdAt: partner.createdAt,
    name: partner.name,
    relationship: partner.relationship,
    from: partner.from ?? '',
    until: partner.until ?? '',
    markets: partner.markets,
    handles: partner.handles.length ? partner.handles : [{ platform: 'instagram', handle: '' }],
  };
}

function contractText(partner: Partner): string {
  if (partner.from && partner.until) return t('partnerContractBetween', partner.from, partner.until);
  if (partner.from) return t('partnerContractFrom', partner.from);
  if (partner.until) return t('partnerContractUntil', partner.until);
  return t('partnerContractOpen');
}

/**
 * The brand's partners. A draft that mentions one of them during the contract is checked as that
 * relationship in every composer, so its disclosure rules apply without the user choosing them.
 */
export function PartnersPage() {
  const chosen = useChosenBrand();
  const { all: allBrands, brand } = chosen;
  return (
    <section className="partners-page">
      <h1>{t('partnerTitle')}</h1>
      <p className="muted">{t('partnerIntro')}</p>
      {allBrands && !brand ? (
        <p className="notice">{t('partnerNoBrand')}</p>
      ) : (
        <>
          <BrandSelect {...chosen} />
          {/* Keyed: a form open for one brand's partner is never saved into another brand. */}
          {brand && <BrandPartners key={brand.id} brand={brand} />}
          <CreatorVetting brand={brand} />
        </>
      )}
    </section>
  );
}

/** One brand's partners: the table, and the form that adds or edits one. */
function BrandPartners({ brand }: { brand: Brand }) {
  const list = useLiveQuery(() => partners.forBrand(brand.id), [brand.id]);
  const [form, setForm] = useState<PartnerForm>();
  const [error, setError] = useState<string>();

  const save = async (current: PartnerForm) => {
    setError(undefined);
    const now = Date.now();
    try {
      await partners.save({
        id: current.id ?? crypto.randomUUID(),
        brandId: brand.id,
        name: current.name.trim(),
        relationship: current.relationship,
        ...(current.from ? { from: current.from } : {}),
        ...(current.until ? { until: current.until } : {}),
        markets: current.markets,
        handles: current.handles
          .map((row) => ({ platform: row.platform, handle: row.handle.trim().replace(/^@/, '') }))
          .filter((row) => row.handle !== ''),
        createdAt: current.createdAt ?? now,
        updatedAt: now,
      });
      await announceBrandChange();
      setForm(undefined);
    } catch (failure) {
      setError(saveFailureText(failure));
    }
  };

  const remove = async (partner: Partner) => {
    await partners.delete(partner.id);
    await announceBrandChange();
  };

  return (
    <>
      {list && list.length === 0 && <p className="muted">{t('partnerNone')}</p>}
      {list && list.length > 0 && (
        <table className="card" aria-label={t('partnerTitle')}>
          <thead>
            <tr>
              <th>{t('partnerName')}</th>
              <th>{t('partnerRelationship')}</th>
              <th>{t('partnerContract')}</th>
              <th>{t('partnerMarkets')}</th>
              <th>{t('partnerHandles')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((partner) => (
              <tr key={partner.id}>
                <td>{partner.name}</td>
                <td>{t(RELATIONSHIP_LABELS[partner.relationship])}</td>
                <td>{contractText(partner)}</td>
                <td>{partner.markets.length ? partner.markets.join(', ') : t('partnerAllMarkets')}</td>
                <td>{partner.handles.map((h) => `${siteName(h.platform)} @${h.handle}`).join(', ')}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('partnerEditLabel', partner.name)}
                    onClick={() => setForm(formOf(partner))}
                  >
                    {t('partnerEdit')}
                  </button>{' '}
                  <button
                    type="button"
                    aria-label={t('partnerDeleteLabel', partner.name)}
                    onClick={() => void remove(partner)}
                  >
                    {t('partnerDelete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {form ? (
        <PartnerEditor
          form={form}
          onChange={setForm}
          onSave={() => void save(form)}
          onCancel={() => {
            setForm(undefined);
            setError(undefined);
          }}
          error={error}
        />
      ) : (
        <button type="button" className="button primary" onClick={() => setForm(EMPTY)}>
          {t('partnerAdd')}
        </button>
      )}
    </>
  );
}

function PartnerEditor({
  form,
  onChange,
  onSave,
  onCancel,
  error,
}: {
  form: PartnerForm;
  onChange: (form: PartnerForm) => void;
  onSave: () => void;
  onCancel: () => void;
  error: string | undefined;
}) {
  const set = <K extends keyof PartnerForm>(key: K, value: PartnerForm[K]) =>
    onChange({ ...form, [key]: value });
  const setHandle = (index: number, row: HandleRow) =>
    set(
      'handles',
      form.handles.map((old, at) => (at === index ? row : old)),
    );
  return (
    <form
      className="card partner-editor"
      aria-label={t('partnerFormLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <label className="field">
        <span>{t('partnerName')}</span>
        <input
          value={form.name}
          maxLength={200}
          required
          onChange={(e) => set('name', e.currentTarget.value)}
        />
      </label>
      <label className="field">
        <span>{t('partnerRelationship')}</span>
        <select
          value={form.relationship}
          onChange={(e) => set('relationship', e.currentTarget.value as PartnerRelationship)}
        >
          {PARTNER_RELATIONSHIPS.map((relationship) => (
            <option key={relationship} value={relationship}>
              {t(RELATIONSHIP_LABELS[relationship])}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('partnerFrom')}</span>
        <input type="date" value={form.from} onChange={(e) => set('from', e.currentTarget.value)} />
      </label>
      <label className="field">
        <span>{t('partnerUntil')}</span>
        <input type="date" value={form.until} onChange={(e) => set('until', e.currentTarget.value)} />
      </label>
      <fieldset>
        <legend>{t('partnerMarkets')}</legend>
        <p className="muted">{t('partnerMarketsHint')}</p>
        {JURISDICTIONS.map((market) => (
          <label key={market}>
            <input
              type="checkbox"
              checked={form.markets.includes(market)}
              onChange={(e) =>
                set(
                  'markets',
                  e.currentTarget.checked
                    ? [...form.markets, market]
                    : form.markets.filter((m) => m !== market),
                )
              }
            />{' '}
            {t(`marketChoice${market}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('partnerHandles')}</legend>
        {form.handles.map((row, index) => (
          // Rows have no identity of their own; they are edited in place and removed by position.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div key={index} className="partner-handle">
            <select
              aria-label={t('partnerHandlePlatform', index + 1)}
              value={row.platform}
              onChange={(e) => setHandle(index, { ...row, platform: e.currentTarget.value as PlatformId })}
            >
              {PLATFORM_IDS.map((platform) => (
                <option key={platform} value={platform}>
                  {siteName(platform)}
                </option>
              ))}
            </select>
            <input
              aria-label={t('partnerHandleLabel', index + 1)}
              placeholder="@"
              value={row.handle}
              onChange={(e) => setHandle(index, { ...row, handle: e.currentTarget.value })}
            />
            <button
              type="button"
              onClick={() =>
                set(
                  'handles',
                  form.handles.filter((_, at) => at !== index),
                )
              }
            >
              {t('partnerHandleRemove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => set('handles', [...form.handles, { platform: 'instagram', handle: '' }])}
        >
          {t('partnerHandleAdd')}
        </button>
      </fieldset>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      <button type="submit" className="button primary">
        {t('partnerSave')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('partnerCancel')}
      </button>
    </form>
  );
}
