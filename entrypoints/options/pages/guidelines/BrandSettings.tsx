import { type FormEvent, useState } from 'react';
import { JURISDICTIONS, PLATFORM_IDS, type PlatformId, RELATIONSHIPS } from '@/utils/checks';
import type { Brand } from '@/utils/db/records';
import { InvalidRecordError } from '@/utils/db/table-repository';
import { saveBrand } from './brand-store';

const accountsText = (brand: Brand) => brand.accounts.map((a) => `${a.platform}: ${a.handle}`).join('\n');
const wordingText = (brand: Brand) =>
  Object.entries(brand.disclosureWording)
    .map(([language, label]) => `${language}: ${label}`)
    .join('\n');

/** `x: @acme` lines → pairs; a line without a colon is kept whole so the schema can say what is wrong. */
function parseLines(text: string): [string, string][] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(':');
      return at < 0 ? [line, ''] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    });
}

/** Who the brand is, where it applies, and the compliance defaults its drafts are checked with. */
export function BrandSettings({ brand }: { brand: Brand }) {
  const [name, setName] = useState(brand.name);
  const [isDefault, setIsDefault] = useState(brand.isDefault);
  const [sites, setSites] = useState<PlatformId[]>(brand.sites);
  const [accounts, setAccounts] = useState(accountsText(brand));
  const [jurisdictions, setJurisdictions] = useState(brand.jurisdictions);
  const [relationship, setRelationship] = useState(brand.defaultRelationship);
  const [wording, setWording] = useState(wordingText(brand));
  const [message, setMessage] = useState<{ error: boolean; text: string }>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await saveBrand({
        ...brand,
        name: name.trim(),
        isDefault,
        sites,
        accounts: parseLines(accounts).map(([platform, handle]) => ({
          platform: platform as PlatformId,
          handle: handle.replace(/^@/, ''),
        })),
        jurisdictions,
        defaultRelationship: relationship,
        disclosureWording: Object.fromEntries(parseLines(wording)),
      });
      setMessage({ error: false, text: 'Saved. Open tabs use it now.' });
    } catch (error) {
      const text = error instanceof InvalidRecordError ? error.detail : String(error);
      setMessage({ error: true, text });
    }
  };

  return (
    <form className="brand-settings" aria-label="Brand settings" onSubmit={submit}>
      <div className="grid">
        <label>
          Brand name
          <input value={name} onChange={(e) => setName(e.currentTarget.value)} />
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={isDefault}
            onChange={(e) => setIsDefault(e.currentTarget.checked)}
          />
          Default brand (where no account or site picks another)
        </label>
      </div>
      <fieldset>
        <legend>Sites where this brand applies</legend>
        {PLATFORM_IDS.map((id) => (
          <label key={id} className="inline">
            <input
              type="checkbox"
              checked={sites.includes(id)}
              onChange={() => setSites((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]))}
            />
            {id}
          </label>
        ))}
      </fieldset>
      <label>
        <span>
          Accounts, one per line as <code>platform: handle</code> (they win over sites)
        </span>
        <textarea
          rows={3}
          value={accounts}
          onChange={(e) => setAccounts(e.currentTarget.value)}
          placeholder="x: acme"
        />
      </label>
      <h3>Compliance</h3>
      <fieldset>
        <legend>Jurisdictions (disclosure law the drafts are checked against)</legend>
        {JURISDICTIONS.map((j) => (
          <label key={j} className="inline">
            <input
              type="checkbox"
              checked={jurisdictions.includes(j)}
              onChange={() =>
                setJurisdictions((js) => (js.includes(j) ? js.filter((x) => x !== j) : [...js, j]))
              }
            />
            {j}
          </label>
        ))}
      </fieldset>
      <label>
        Default relationship to what the posts promote
        <select
          value={relationship}
          onChange={(e) => setRelationship(e.currentTarget.value as Brand['defaultRelationship'])}
        >
          {RELATIONSHIPS.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      <label>
        <span>
          Preferred disclosure wording per language, one per line as <code>language: label</code>
        </span>
        <textarea
          rows={3}
          value={wording}
          onChange={(e) => setWording(e.currentTarget.value)}
          placeholder={'en: #ad\nde: Anzeige'}
        />
      </label>
      {message && (
        <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="button primary">
        Save brand settings
      </button>
    </form>
  );
}
