import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useState } from 'react';
import { AddressChoice } from '@/components/ui/AddressChoice';
import {
  defaultStarterGuidelines,
  type GermanAddress,
  STARTER_TEMPLATES,
  starterGuidelines,
} from '@/utils/brands/starter-templates';
import type { Guidelines } from '@/utils/checks';
import { newBrand } from '@/utils/db/brands';
import { saveFailureText } from '@/utils/db/save-failure';
import { quoted, t } from '@/utils/i18n';
import { BackupPanel } from './guidelines/BackupPanel';
import { BrandSettings } from './guidelines/BrandSettings';
import { brands, deleteBrand, saveBrand } from './guidelines/brand-store';
import { PacksPanel } from './guidelines/PacksPanel';
import { RuleList } from './guidelines/RuleList';
import { StarterLanguage } from './guidelines/StarterLanguage';
import { TryIt } from './guidelines/TryIt';
import './guidelines/guidelines.css';
import { TeamRecordConflicts } from './TeamRecordConflicts';

interface Choice {
  id: string;
  title: string;
  /** Whether the brand chooses between Sie and du for this starting point. */
  addressed: boolean;
  guidelines: (address: GermanAddress) => Guidelines;
}

/** The starting points of a new brand, in the UI language where the words are OnBrand's. */
function templates(): Choice[] {
  return [
    {
      id: 'starter',
      title: t('guidelinesTemplateStarter'),
      addressed: false,
      guidelines: defaultStarterGuidelines,
    },
    ...STARTER_TEMPLATES.map((template) => ({
      id: template.id,
      title: t(template.titleKey),
      addressed: Boolean(template.byAddress),
      guidelines: (address: GermanAddress) => starterGuidelines(template, address),
    })),
    {
      id: 'empty',
      title: t('guidelinesTemplateEmpty'),
      addressed: false,
      guidelines: () => ({ name: t('guidelinesEmptyName'), version: 1, rules: [], marks: [] }),
    },
  ];
}

function NewBrandForm({ isFirst, onCreated }: { isFirst: boolean; onCreated: (id: string) => void }) {
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState('starter');
  const [address, setAddress] = useState<GermanAddress>('sie');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [choices] = useState(templates);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const template = choices.find((choice) => choice.id === templateId) ?? choices[0];
    if (!template) return;
    setBusy(true);
    try {
      const brand = await saveBrand({
        ...newBrand(name.trim(), template.guidelines(address)),
        isDefault: isFirst,
      });
      setName('');
      onCreated(brand.id);
    } catch (e) {
      setError(saveFailureText(e));
    }
    setBusy(false);
  };

  return (
    <form className="new-brand actions" aria-label={t('guidelinesNewBrand')} onSubmit={submit}>
      <input
        aria-label={t('guidelinesNewBrandName')}
        placeholder={t('guidelinesBrandNamePlaceholder')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <select
        aria-label={t('guidelinesStartFrom')}
        value={templateId}
        onChange={(e) => setTemplateId(e.currentTarget.value)}
      >
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.title}
          </option>
        ))}
      </select>
      {choices.find((choice) => choice.id === templateId)?.addressed && (
        <AddressChoice value={address} onChange={setAddress} />
      )}
      <button type="submit" className="button primary" disabled={busy || !name.trim()}>
        {busy ? t('guidelinesCreating') : t('guidelinesCreateBrand')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

export function GuidelinesPage() {
  const all = useLiveQuery(() => brands.list());
  const [selectedId, setSelectedId] = useState<string>();
  // The brand settings remount on every stored change (so they show what is stored), a save included; the
  // version a save wrote is kept here so the remounted form can still say it was saved.
  const [savedVersion, setSavedVersion] = useState<string>();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const sorted = all ? [...all].sort((a, b) => a.createdAt - b.createdAt) : undefined;
  const brand = sorted?.find((b) => b.id === selectedId) ?? sorted?.[0];

  return (
    <section className="guidelines-page">
      <h1>{t('guidelinesTitle')}</h1>
      <p className="muted">{t('guidelinesIntro')}</p>
      <TeamRecordConflicts type="brand" />
      <fieldset className="brand-tabs">
        <legend>{t('guidelinesBrands')}</legend>
        {sorted?.map((b) => (
          <button
            key={b.id}
            type="button"
            className="button"
            aria-pressed={b.id === brand?.id}
            onClick={() => {
              setSelectedId(b.id);
              setConfirmDelete(false);
            }}
          >
            {b.isDefault ? t('guidelinesBrandDefault', b.name) : b.name}
          </button>
        ))}
      </fieldset>
      {sorted && <NewBrandForm isFirst={sorted.length === 0} onCreated={setSelectedId} />}
      {sorted?.length === 0 && <p className="notice">{t('guidelinesNoBrand')}</p>}

      {brand && (
        <article aria-label={t('guidelinesBrandLabel', brand.name)} key={brand.id}>
          <h2>{brand.name}</h2>
          <BrandSettings
            key={`${brand.id}:${brand.updatedAt}`}
            brand={brand}
            justSaved={savedVersion === `${brand.id}:${brand.updatedAt}`}
            onSaved={(saved) => setSavedVersion(`${saved.id}:${saved.updatedAt}`)}
          />
          {!brand.subscription && <StarterLanguage key={brand.id} brand={brand} />}
          {/* The rules and "Try it" side by side where the window has room, so a change is tried where it is made. */}
          <div className="rules-with-try">
            <div>
              <h2>{t('guidelinesRules')}</h2>
              {brand.subscription && <p className="notice">{t('guidelinesFollowsPack')}</p>}
              <RuleList brand={brand} readOnly={Boolean(brand.subscription)} />
            </div>
            <TryIt brand={brand} />
          </div>
          <PacksPanel brand={brand} />
          <div className="actions danger">
            {confirmDelete ? (
              <>
                <span>{t('guidelinesDeleteBrandConfirm', quoted(brand.name))}</span>
                <button
                  type="button"
                  className="button"
                  onClick={() => void deleteBrand(brand.id).then(() => setConfirmDelete(false))}
                >
                  {t('guidelinesDeleteYes')}
                </button>
                <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
                  {t('guidelinesDeleteKeep')}
                </button>
              </>
            ) : (
              <button type="button" className="button" onClick={() => setConfirmDelete(true)}>
                {t('guidelinesDeleteBrand')}
              </button>
            )}
          </div>
        </article>
      )}
      <BackupPanel />
    </section>
  );
}
