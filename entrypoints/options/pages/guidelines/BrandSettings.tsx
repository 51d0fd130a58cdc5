import { type FormEvent, useEffect, useState } from 'react';
import { JURISDICTIONS, PLATFORM_IDS, type PlatformId, RELATIONSHIPS } from '@/utils/checks';
import { getDatabase } from '@/utils/db/database';
import type { Brand } from '@/utils/db/records';
import { repliesRepository } from '@/utils/db/replies';
import type { SavedReply } from '@/utils/db/saved-reply';
import { InvalidRecordError } from '@/utils/db/table-repository';
import { siteName } from '@/utils/sites/meta';
import { saveBrand } from './brand-store';

const accountsText = (brand: Brand) => brand.accounts.map((a) => `${a.platform}: ${a.handle}`).join('\n');
const wordingText = (brand: Brand) =>
  Object.entries(brand.disclosureWording)
    .map(([language, label]) => `${language}: ${label}`)
    .join('\n');

/** One entry per line, blank lines dropped. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

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
  const [contacts, setContacts] = useState((brand.privacy?.supportContacts ?? []).join('\n'));
  const [orderPatterns, setOrderPatterns] = useState((brand.privacy?.orderPatterns ?? []).join('\n'));
  const [dmReplyId, setDmReplyId] = useState(brand.privacy?.dmReplyId ?? '');
  const [utmEnabled, setUtmEnabled] = useState(brand.utm?.enabled ?? false);
  const [utmCampaign, setUtmCampaign] = useState(brand.utm?.campaign ?? '');
  const [utmDomains, setUtmDomains] = useState((brand.utm?.domains ?? []).join('\n'));
  const [replies, setReplies] = useState<SavedReply[]>([]);
  const [message, setMessage] = useState<{ error: boolean; text: string }>();

  useEffect(() => {
    let live = true;
    void repliesRepository(getDatabase())
      .list()
      .then((list) => live && setReplies(list));
    return () => {
      live = false;
    };
  }, []);

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
        privacy: {
          supportContacts: linesOf(contacts),
          orderPatterns: linesOf(orderPatterns),
          ...(dmReplyId ? { dmReplyId } : {}),
        },
        utm: {
          enabled: utmEnabled,
          ...(utmCampaign.trim() ? { campaign: utmCampaign.trim() } : {}),
          domains: linesOf(utmDomains).map((domain) => domain.toLowerCase()),
        },
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
            {siteName(id)}
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
      <h3>Privacy in public posts</h3>
      <label>
        <span>
          Published support contacts, one per line (e-mail, phone, postal address): never flagged as a
          customer's data
        </span>
        <textarea
          rows={3}
          value={contacts}
          onChange={(e) => setContacts(e.currentTarget.value)}
          placeholder={'help@acme.com\n+49 30 1234567'}
        />
      </label>
      <label>
        <span>
          Order and ticket number formats, one regular expression per line (e.g. <code>ACM-\d{'{6}'}</code>)
        </span>
        <textarea
          rows={2}
          value={orderPatterns}
          onChange={(e) => setOrderPatterns(e.currentTarget.value)}
          placeholder={'ACM-\\d{6}'}
        />
      </label>
      <label>
        Saved reply that asks the customer to continue by direct message (the fix for personal data)
        <select value={dmReplyId} onChange={(e) => setDmReplyId(e.currentTarget.value)}>
          <option value="">A default sentence in the post's language</option>
          {replies.map((reply) => (
            <option key={reply.id} value={reply.id}>
              {reply.title}
            </option>
          ))}
        </select>
      </label>
      <h3>Links and web analytics</h3>
      <label className="inline">
        <input
          type="checkbox"
          checked={utmEnabled}
          onChange={(e) => setUtmEnabled(e.currentTarget.checked)}
        />
        Links need UTM tags (the composer offers to add <code>utm_source</code>,{' '}
        <code>utm_medium=social</code>, <code>utm_campaign</code>)
      </label>
      <label>
        Campaign for posts whose calendar entry names none
        <input
          value={utmCampaign}
          disabled={!utmEnabled}
          onChange={(e) => setUtmCampaign(e.currentTarget.value)}
          placeholder="spring-drop"
        />
      </label>
      <label>
        <span>The brand's own domains, one per line: only links to them are tagged (empty: every link)</span>
        <textarea
          rows={2}
          value={utmDomains}
          disabled={!utmEnabled}
          onChange={(e) => setUtmDomains(e.currentTarget.value)}
          placeholder="acme.example"
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
