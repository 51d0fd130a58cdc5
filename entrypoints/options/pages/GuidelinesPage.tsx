import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useState } from 'react';
import { STARTER_TEMPLATES } from '@/utils/brands/starter-templates';
import { defaultGuidelines, type Guidelines } from '@/utils/checks';
import { newBrand } from '@/utils/db/brands';
import { InvalidRecordError } from '@/utils/db/table-repository';
import { BackupPanel } from './guidelines/BackupPanel';
import { BrandSettings } from './guidelines/BrandSettings';
import { brands, deleteBrand, saveBrand } from './guidelines/brand-store';
import { PacksPanel } from './guidelines/PacksPanel';
import { RuleList } from './guidelines/RuleList';
import { TryIt } from './guidelines/TryIt';
import './guidelines/guidelines.css';

const TEMPLATES: { id: string; title: string; guidelines: Guidelines }[] = [
  { id: 'starter', title: 'OnBrand starter pack', guidelines: defaultGuidelines },
  ...STARTER_TEMPLATES,
  {
    id: 'empty',
    title: 'Empty (no rules)',
    guidelines: { name: 'Brand guidelines', version: 1, rules: [], marks: [] },
  },
];

function NewBrandForm({ isFirst, onCreated }: { isFirst: boolean; onCreated: (id: string) => void }) {
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState('starter');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const template = TEMPLATES.find((t) => t.id === templateId) ?? TEMPLATES[0];
    if (!template) return;
    setBusy(true);
    try {
      const brand = await saveBrand({ ...newBrand(name.trim(), template.guidelines), isDefault: isFirst });
      setName('');
      onCreated(brand.id);
    } catch (e) {
      setError(e instanceof InvalidRecordError ? e.detail : String(e));
    }
    setBusy(false);
  };

  return (
    <form className="new-brand actions" aria-label="New brand" onSubmit={submit}>
      <input
        aria-label="New brand name"
        placeholder="Brand name"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <select
        aria-label="Start from"
        value={templateId}
        onChange={(e) => setTemplateId(e.currentTarget.value)}
      >
        {TEMPLATES.map((t) => (
          <option key={t.id} value={t.id}>
            {t.title}
          </option>
        ))}
      </select>
      <button type="submit" className="button primary" disabled={busy || !name.trim()}>
        {busy ? 'Creating…' : 'Create brand'}
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
  const [confirmDelete, setConfirmDelete] = useState(false);
  const sorted = all ? [...all].sort((a, b) => a.createdAt - b.createdAt) : undefined;
  const brand = sorted?.find((b) => b.id === selectedId) ?? sorted?.[0];

  return (
    <section className="guidelines-page">
      <h1>Guidelines</h1>
      <p className="muted">
        Each brand has its voice rules and compliance settings. The overlay uses the brand of the account you
        are logged in as, else the brand of the site, else the default brand.
      </p>
      <fieldset className="brand-tabs">
        <legend>Brands</legend>
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
            {b.name}
            {b.isDefault ? ' (default)' : ''}
          </button>
        ))}
      </fieldset>
      {sorted && <NewBrandForm isFirst={sorted.length === 0} onCreated={setSelectedId} />}
      {sorted?.length === 0 && (
        <p className="notice">No brand yet: name one and pick a starting point above.</p>
      )}

      {brand && (
        <article aria-label={`Brand ${brand.name}`} key={brand.id}>
          <h2>{brand.name}</h2>
          <BrandSettings key={`${brand.id}:${brand.updatedAt}`} brand={brand} />
          <h2>Rules</h2>
          {brand.subscription && (
            <p className="notice">
              These rules come from the team pack this brand follows; stop following it to edit them.
            </p>
          )}
          <RuleList brand={brand} readOnly={Boolean(brand.subscription)} />
          <TryIt brand={brand} />
          <PacksPanel brand={brand} />
          <div className="actions danger">
            {confirmDelete ? (
              <>
                <span>Delete “{brand.name}” and its rules?</span>
                <button
                  type="button"
                  className="button"
                  onClick={() => void deleteBrand(brand.id).then(() => setConfirmDelete(false))}
                >
                  Yes, delete
                </button>
                <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" className="button" onClick={() => setConfirmDelete(true)}>
                Delete brand
              </button>
            )}
          </div>
        </article>
      )}
      <BackupPanel />
    </section>
  );
}
