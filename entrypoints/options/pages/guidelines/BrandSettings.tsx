import { type FormEvent, useEffect, useState } from 'react';
import { messageWith } from '@/components/ui/message-with';
import { DEFAULT_PROMOTIONAL_PERCENT } from '@/utils/calendar/content-mix';
import {
  JURISDICTIONS,
  PLATFORM_IDS,
  type PlatformId,
  RELATIONSHIPS,
  type Relationship,
} from '@/utils/checks';
import { getDatabase } from '@/utils/db/database';
import type { Brand } from '@/utils/db/records';
import { repliesRepository } from '@/utils/db/replies';
import { saveFailureText } from '@/utils/db/save-failure';
import type { SavedReply } from '@/utils/db/saved-reply';
import { type MessageKey, t } from '@/utils/i18n';
import { marketChoiceName } from '@/utils/i18n/markets';
import { siteName } from '@/utils/sites/meta';
import { saveBrand } from './brand-store';

const accountsText = (brand: Brand) => brand.accounts.map((a) => `${a.platform}: ${a.handle}`).join('\n');
const wordingText = (brand: Brand) =>
  Object.entries(brand.disclosureWording)
    .map(([language, label]) => `${language}: ${label}`)
    .join('\n');

/** The query parameters the UTM fix adds: names of code, the same in every language. */
const UTM_PARAMETERS = ['utm_source', 'utm_medium=social', 'utm_campaign'];

const RELATIONSHIP_LABELS: Record<Relationship, MessageKey> = {
  none: 'guidelinesRelationshipNone',
  paid: 'partnerRelationshipPaid',
  gifted: 'partnerRelationshipGifted',
  affiliate: 'partnerRelationshipAffiliate',
  employee: 'partnerRelationshipEmployee',
  'own-product': 'guidelinesRelationshipOwnProduct',
  unknown: 'guidelinesRelationshipUnknown',
};

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
export function BrandSettings({
  brand,
  justSaved = false,
  onSaved,
}: {
  brand: Brand;
  /** This version of the brand was written by this form's save: say so. */
  justSaved?: boolean;
  onSaved?: (saved: Brand) => void;
}) {
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
  const [promotionalPercent, setPromotionalPercent] = useState(
    String(brand.contentMix?.promotionalPercent ?? DEFAULT_PROMOTIONAL_PERCENT),
  );
  const [ownPillars, setOwnPillars] = useState(
    (brand.contentMix?.pillars ?? []).map((pillar) => pillar.name).join('\n'),
  );
  const [promotionalPillars, setPromotionalPillars] = useState(
    () => new Set((brand.contentMix?.pillars ?? []).filter((p) => p.promotional).map((p) => p.name)),
  );
  const ownPillarNames = [...new Set(linesOf(ownPillars))];
  const [replies, setReplies] = useState<SavedReply[]>([]);
  const [ownMessage, setMessage] = useState<{ error: boolean; text: string }>();
  // The stored change remounts this form, often before the save's promise settles here: the parent says.
  const message = ownMessage ?? (justSaved ? { error: false, text: t('guidelinesBrandSaved') } : undefined);

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
      const saved = await saveBrand({
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
        contentMix: {
          // Not a number: the schema says what to type (a whole percent between 0 and 100).
          promotionalPercent: promotionalPercent.trim() === '' ? Number.NaN : Number(promotionalPercent),
          pillars: ownPillarNames.map((name) => ({ name, promotional: promotionalPillars.has(name) })),
        },
      });
      setMessage({ error: false, text: t('guidelinesBrandSaved') });
      onSaved?.(saved);
    } catch (error) {
      const text = saveFailureText(error);
      setMessage({ error: true, text });
    }
  };

  return (
    <form className="brand-settings" aria-label={t('guidelinesBrandSettings')} onSubmit={submit}>
      <div className="grid">
        <label>
          {t('guidelinesBrandName')}
          <input value={name} onChange={(e) => setName(e.currentTarget.value)} />
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={isDefault}
            onChange={(e) => setIsDefault(e.currentTarget.checked)}
          />
          {t('guidelinesDefaultBrand')}
        </label>
      </div>
      <fieldset>
        <legend>{t('guidelinesBrandSites')}</legend>
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
        <span>{messageWith('guidelinesAccounts', <code>{t('guidelinesAccountsFormat')}</code>)}</span>
        <textarea
          rows={3}
          value={accounts}
          onChange={(e) => setAccounts(e.currentTarget.value)}
          placeholder={t('guidelinesAccountsExample')}
        />
      </label>
      <h3>{t('guidelinesCompliance')}</h3>
      <fieldset>
        <legend>{t('guidelinesJurisdictions')}</legend>
        {JURISDICTIONS.map((j) => (
          <label key={j} className="inline">
            <input
              type="checkbox"
              checked={jurisdictions.includes(j)}
              onChange={() =>
                setJurisdictions((js) => (js.includes(j) ? js.filter((x) => x !== j) : [...js, j]))
              }
            />
            {marketChoiceName(j)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('guidelinesRelationship')}
        <select
          value={relationship}
          onChange={(e) => setRelationship(e.currentTarget.value as Brand['defaultRelationship'])}
        >
          {RELATIONSHIPS.map((r) => (
            <option key={r} value={r}>
              {t(RELATIONSHIP_LABELS[r])}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{messageWith('guidelinesWording', <code>{t('guidelinesWordingFormat')}</code>)}</span>
        <textarea
          rows={3}
          value={wording}
          onChange={(e) => setWording(e.currentTarget.value)}
          placeholder={t('guidelinesWordingExample')}
        />
      </label>
      <h3>{t('guidelinesPrivacy')}</h3>
      <label>
        <span>{t('guidelinesContacts')}</span>
        <textarea
          rows={3}
          value={contacts}
          onChange={(e) => setContacts(e.currentTarget.value)}
          placeholder={t('guidelinesContactsExample')}
        />
      </label>
      <label>
        <span>{messageWith('guidelinesOrderPatterns', <code>{t('guidelinesOrderExample')}</code>)}</span>
        <textarea
          rows={2}
          value={orderPatterns}
          onChange={(e) => setOrderPatterns(e.currentTarget.value)}
          placeholder={t('guidelinesOrderExample')}
        />
      </label>
      <label>
        {t('guidelinesDmReply')}
        <select value={dmReplyId} onChange={(e) => setDmReplyId(e.currentTarget.value)}>
          <option value="">{t('guidelinesDmReplyDefault')}</option>
          {replies.map((reply) => (
            <option key={reply.id} value={reply.id}>
              {reply.title}
            </option>
          ))}
        </select>
      </label>
      <h3>{t('guidelinesLinks')}</h3>
      <label className="inline">
        <input
          type="checkbox"
          checked={utmEnabled}
          onChange={(e) => setUtmEnabled(e.currentTarget.checked)}
        />
        {messageWith(
          'guidelinesUtm',
          ...UTM_PARAMETERS.map((parameter) => <code key={parameter}>{parameter}</code>),
        )}
      </label>
      <label>
        {t('guidelinesUtmCampaign')}
        <input
          value={utmCampaign}
          disabled={!utmEnabled}
          onChange={(e) => setUtmCampaign(e.currentTarget.value)}
          placeholder={t('guidelinesUtmCampaignExample')}
        />
      </label>
      <label>
        <span>{t('guidelinesUtmDomains')}</span>
        <textarea
          rows={2}
          value={utmDomains}
          disabled={!utmEnabled}
          onChange={(e) => setUtmDomains(e.currentTarget.value)}
          placeholder={t('guidelinesUtmDomainsExample')}
        />
      </label>
      <h3>{t('guidelinesContentMix')}</h3>
      <label>
        {t('guidelinesPromotionalPercent')}
        <input
          type="number"
          min={0}
          max={100}
          step={1}
          value={promotionalPercent}
          onChange={(e) => setPromotionalPercent(e.currentTarget.value)}
        />
      </label>
      <label>
        <span>{t('guidelinesOwnPillars')}</span>
        <textarea rows={3} value={ownPillars} onChange={(e) => setOwnPillars(e.currentTarget.value)} />
      </label>
      {ownPillarNames.length > 0 && (
        <fieldset>
          <legend>{t('guidelinesPromotionalPillars')}</legend>
          {ownPillarNames.map((name) => (
            <label key={name} className="inline">
              <input
                type="checkbox"
                checked={promotionalPillars.has(name)}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setPromotionalPillars((current) => {
                    const next = new Set(current);
                    if (checked) next.add(name);
                    else next.delete(name);
                    return next;
                  });
                }}
              />
              {name}
            </label>
          ))}
        </fieldset>
      )}
      {message && (
        <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="button primary">
        {t('guidelinesSaveBrand')}
      </button>
    </form>
  );
}
