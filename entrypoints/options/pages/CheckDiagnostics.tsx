import { useCallback, useEffect, useState } from 'react';
import { type CheckFailure, checkFailures, clearCheckFailures } from '@/utils/checks';
import { formatNumber, listOf, t, uiLocale } from '@/utils/i18n';
import type { ReportedCheckFailure } from '@/utils/message-schemas';
import { sendMessage } from '@/utils/messaging';
import { siteName } from '@/utils/sites/meta';

/** A failure and where it happened: this dashboard (the calendar, "Try it"), or the sites' composers. */
type ShownFailure = CheckFailure & { sites?: ReportedCheckFailure['sites'] };

function whereFailed(failure: ShownFailure): string {
  if (!failure.sites) return t('checkDiagnosticsHere');
  if (failure.sites.length === 0) return t('checkDiagnosticsElsewhere');
  return t('checkDiagnosticsOnSites', listOf(failure.sites.map(siteName)));
}

function failedText(failure: ShownFailure): string {
  const where = whereFailed(failure);
  return new Intl.PluralRules(uiLocale()).select(failure.count) === 'one'
    ? t('checkDiagnosticsFailed_one', where, failure.message)
    : t('checkDiagnosticsFailed_other', formatNumber(failure.count), where, failure.message);
}

/**
 * Checks that threw, in this dashboard and in the composers of the sites (their pages report to the
 * background, which adds them up per rule). A failing check never breaks the page, it only loses its own
 * findings, so without this list nobody would know.
 */
export function CheckDiagnostics() {
  const [failures, setFailures] = useState<ShownFailure[]>(() => checkFailures());
  const refresh = useCallback(async () => {
    const reply = await sendMessage('checks.failures', {});
    const reported = reply.ok ? reply.data.failures : [];
    setFailures([...checkFailures(), ...reported].sort((a, b) => b.count - a.count));
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <>
      <h2>{t('checkDiagnosticsTitle')}</h2>
      {failures.length === 0 ? (
        <p className="muted">{t('checkDiagnosticsNone')}</p>
      ) : (
        <>
          <p>{t('checkDiagnosticsIntro')}</p>
          <ul className="card" aria-label={t('checkDiagnosticsTitle')}>
            {failures.map((failure) => (
              <li key={`${failure.sites ? 'sites' : 'here'}:${failure.origin}:${failure.ruleId}`}>
                {failure.origin === 'built-in'
                  ? t('checkDiagnosticsBuiltIn')
                  : t('checkDiagnosticsGuideline')}{' '}
                <strong>{failure.ruleId}</strong> {failedText(failure)}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={() => void refresh()}>
        {t('checkDiagnosticsRefresh')}
      </button>{' '}
      {failures.length > 0 && (
        <button
          type="button"
          onClick={async () => {
            clearCheckFailures();
            await sendMessage('checks.clearFailures', {});
            setFailures([]);
          }}
        >
          {t('checkDiagnosticsClear')}
        </button>
      )}
    </>
  );
}
