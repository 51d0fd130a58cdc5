import { useDeferredValue, useMemo, useState } from 'react';
import { checkDraft, countDraft, PLATFORM_IDS, type PlatformId } from '@/utils/checks';
import { activeGuidelines, disclosureOptions, utmOptions } from '@/utils/db/brands';
import type { Brand } from '@/utils/db/records';
import { formatNumber, plural, t } from '@/utils/i18n';
import { siteName } from '@/utils/sites/meta';
import { FindingCard } from '../FindingCard';

/** The state the overlay badge would show for these findings. */
function stateOf(severities: readonly string[]): 'ok' | 'warning' | 'error' {
  if (severities.includes('error')) return 'error';
  return severities.length ? 'warning' : 'ok';
}

/**
 * A draft box that runs exactly what the overlay runs (checkDraft with the brand's switched-on rules,
 * jurisdictions, preferred disclosure wording, relationship and privacy settings) so a rule can be tried before it reaches a composer.
 */
export function TryIt({ brand }: { brand: Brand }) {
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<PlatformId>('x');
  const deferred = useDeferredValue(text);
  const findings = useMemo(
    () =>
      checkDraft(deferred, {
        platform,
        guidelines: activeGuidelines(brand),
        ...disclosureOptions(brand),
        ...utmOptions(brand),
        relationship: brand.defaultRelationship,
        privacy: {
          ownContacts: brand.privacy?.supportContacts ?? [],
          orderPatterns: brand.privacy?.orderPatterns ?? [],
        },
      }),
    [deferred, platform, brand],
  );
  const count = countDraft(deferred, platform);
  const state = stateOf(findings.map((f) => f.severity));

  return (
    <section aria-label={t('guidelinesTryIt')} className="try-it">
      <h2>{t('guidelinesTryIt')}</h2>
      <div className="grid">
        <label>
          {t('guidelinesPlatform')}
          <select value={platform} onChange={(e) => setPlatform(e.currentTarget.value as PlatformId)}>
            {PLATFORM_IDS.map((id) => (
              <option key={id} value={id}>
                {siteName(id)}
              </option>
            ))}
          </select>
        </label>
        <output
          className={`try-badge ${state}`}
          data-count={findings.length}
          data-state={state}
          aria-label={t('guidelinesResult')}
        >
          {formatNumber(count.count)} / {formatNumber(count.limit)} ·{' '}
          {findings.length === 0 ? t('guidelinesNoProblems') : plural('guidelinesProblems', findings.length)}
        </output>
      </div>
      <label>
        {t('guidelinesDraft')}
        <textarea
          rows={4}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          placeholder={t('guidelinesDraftPlaceholder')}
        />
      </label>
      <ul className="findings finding-cards">
        {findings.map((finding) => (
          <FindingCard
            key={`${finding.ruleId}:${finding.start}:${finding.end}`}
            finding={finding}
            text={deferred}
          />
        ))}
      </ul>
    </section>
  );
}
