import type { PlatformDraftReport } from '@/utils/calendar/entry-findings';
import { platformName } from '@/utils/calendar/platform-names';
import { httpUrl } from '@/utils/http-url';

const STATE_TEXT = {
  ok: 'No findings',
  warning: 'Warnings',
  error: 'Errors',
  empty: 'No draft yet',
} as const;

/** The composer overlay's findings for one platform's draft: its count against the limit and each message. */
export function CalendarDraftFindings({ report }: { report: PlatformDraftReport }) {
  return (
    <div
      className={`draft-findings ${report.state}`}
      data-testid={`findings-${report.platform}`}
      data-state={report.state}
      aria-live="polite"
    >
      <span className="draft-count">
        {report.count} / {report.limit}
      </span>
      <span>
        {STATE_TEXT[report.state]}
        {report.findings.length > 0 ? ` (${report.findings.length})` : ''} on {platformName(report.platform)}
      </span>
      {report.findings.length > 0 && (
        <ul>
          {report.findings.map((finding) => (
            <li key={`${finding.ruleId}-${finding.start}-${finding.end}`} data-severity={finding.severity}>
              <strong>{finding.severity}</strong> {finding.message}
              {finding.suggestions?.length ? ` Try: ${finding.suggestions.join(' / ')}` : ''}
              {httpUrl(finding.source) && (
                <>
                  {' '}
                  <a href={httpUrl(finding.source)?.href} target="_blank" rel="noreferrer">
                    source
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
