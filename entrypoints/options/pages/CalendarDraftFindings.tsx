import type { PlatformDraftReport } from '@/utils/calendar/entry-findings';
import { platformName } from '@/utils/calendar/platform-names';
import { formatNumber, type MessageKey, t } from '@/utils/i18n';
import { FindingCard } from './FindingCard';

const STATE_TEXT: Record<PlatformDraftReport['state'], MessageKey> = {
  ok: 'calendarDraftNoFindings',
  warning: 'calendarDraftWarnings',
  error: 'calendarDraftErrors',
  empty: 'calendarDraftEmpty',
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
        <ul className="finding-cards">
          {report.findings.map((finding) => (
            <FindingCard
              key={`${finding.ruleId}-${finding.start}-${finding.end}`}
              finding={finding}
              text={report.text}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
