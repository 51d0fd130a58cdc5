import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { AddressChoice } from '@/components/ui/AddressChoice';
import type { GermanAddress } from '@/utils/brands/german-starter';
import {
  addressOf,
  type Catalogue,
  catalogueFrom,
  type StarterLanguage as Language,
  STARTER_LANGUAGES,
  starterLanguagePlan,
} from '@/utils/brands/starter-language';
import type { Brand } from '@/utils/db/records';
import { saveFailureText } from '@/utils/db/save-failure';
import { listOf, type MessageKey, quoted, t, uiIsGerman } from '@/utils/i18n';
import { saveBrand } from './brand-store';

const LANGUAGE_NAMES: Record<Language, MessageKey> = {
  en: 'starterLanguageEnglish',
  de: 'starterLanguageGerman',
};

/**
 * Both catalogues, read from the extension's own files: the browser's i18n has the UI language's only, and a
 * brand may switch to the other one.
 */
async function loadCatalogues(): Promise<Record<Language, Catalogue>> {
  const entries = await Promise.all(
    STARTER_LANGUAGES.map(async (language) => {
      const response = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json`));
      return [language, catalogueFrom(await response.json())] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Language, Catalogue>;
}

/**
 * The brand's starter rules in another language, and the German pack's Sie or du, changed later: a preview
 * of each change first, rules the user edited left alone (utils/brands/starter-language.ts).
 */
export function StarterLanguage({ brand }: { brand: Brand }) {
  const [catalogues, setCatalogues] = useState<Record<Language, Catalogue>>();
  const [language, setLanguage] = useState<Language>(uiIsGerman() ? 'de' : 'en');
  const current = addressOf(brand.guidelines);
  const [address, setAddress] = useState<GermanAddress | undefined>(current?.address);
  const [message, setMessage] = useState<{ error: boolean; text: string }>();

  useEffect(() => {
    void loadCatalogues().then(setCatalogues);
  }, []);
  if (!catalogues) return null;
  const plan = starterLanguagePlan(brand.guidelines, language, catalogues, address);
  const hasStarterRules = STARTER_LANGUAGES.some((each) => {
    const other = starterLanguagePlan(brand.guidelines, each, catalogues);
    return other.changes.length > 0 || other.keptEdited.length > 0;
  });
  if (!hasStarterRules && !current) return null;

  const apply = async () => {
    try {
      await saveBrand({
        ...brand,
        guidelines: plan.guidelines,
        disabledRules: brand.disabledRules.map((id) => plan.renamed[id] ?? id),
      });
      setMessage({ error: false, text: t('starterLanguageApplied') });
    } catch (error) {
      setMessage({ error: true, text: saveFailureText(error) });
    }
  };

  return (
    <section className="starter-language" aria-label={t('starterLanguageTitle')}>
      <h3>{t('starterLanguageTitle')}</h3>
      <p className="muted">{t('starterLanguageIntro')}</p>
      <label>
        {t('starterLanguageChoice')}
        <select value={language} onChange={(event) => setLanguage(event.currentTarget.value as Language)}>
          {STARTER_LANGUAGES.map((each) => (
            <option key={each} value={each}>
              {t(LANGUAGE_NAMES[each])}
            </option>
          ))}
        </select>
      </label>
      {current && address && <AddressChoice name="brand-address" value={address} onChange={setAddress} />}
      {plan.changes.length > 0 ? (
        <ul aria-label={t('starterLanguageChanges')}>
          {plan.changes.map((change) => (
            <li key={change.ruleId}>
              {t('starterLanguageChange', change.ruleId, quoted(change.from), quoted(change.to))}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('starterLanguageNothing')}</p>
      )}
      {plan.keptEdited.length > 0 && (
        <p className="muted">{t('starterLanguageKept', listOf(plan.keptEdited))}</p>
      )}
      {plan.changes.length > 0 && (
        <button type="button" className="button" onClick={() => void apply()}>
          {t('starterLanguageApply')}
        </button>
      )}
      {message && (
        <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
