import type { PlatformDraftReport } from '@/utils/calendar/entry-findings';
import { platformName } from '@/utils/calendar/platform-names';
import type { Severity } from '@/utils/checks/types';
import { httpUrl } from '@/utils/http-url';
import { formatNumber, type MessageKey, t } from '@/utils/i18n';
import { findingMessage } from '@/utils/i18n/finding-message';

const STATE_TEXT: Record<PlatformDraftReport['state'], MessageKey> = {
  ok: 'calendarDraftNoFindings',
  warning: 'calendarDraftWarnings',
  error: 'calendarDraftErrors',
  empty: 'calendarDraftEmpty',
};

const SEVERITY_TEXT: Record<Severity, MessageKey> = {
  error: 'calendarSeverityError',
  warning: 'calendarSeverityWarning',
  info: 'calendarSeverityInfo',
};

/** The composer overlay's findings for one platform's draft: its count against the limit and each message. */
export function CalendarDraftFindings({ report }: { report: PlatformDraftReport }) {
  const found = report.findings.length;
  const state = `${t(STATE_TEXT[report.state])}${found > 0 ? ` (${formatNumber(found)})` : ''}`;
  return (
    <div
      className={`draft-findings ${report.state}`}
      data-testid={`findings-${report.platform}`}
      data-state={report.state}
      aria-live="polite"
    >
      <span className="draft-count">
        {formatNumber(report.count)} / {formatNumber(report.limit)}
      </span>
      <span>{t('calendarDraftStateOn', state, platformName(report.platform))}</span>
      {report.findings.length > 0 && (
        <ul>
          {report.findings.map((finding) => (
            <li key={`${finding.ruleId}-${finding.start}-${finding.end}`} data-severity={finding.severity}>
              <strong>{t(SEVERITY_TEXT[finding.severity])}</strong> {findingMessage(finding)}
              {finding.suggestions?.length ? ` ${t('calendarTry', finding.suggestions.join(' / '))}` : ''}
              {httpUrl(finding.source) && (
                <>
                  {' '}
                  <a href={httpUrl(finding.source)?.href} target="_blank" rel="noreferrer">
                    {t('calendarSource')}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
