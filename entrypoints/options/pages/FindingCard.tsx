import { shorten } from '@/components/overlay/finding-groups';
import { sourceName } from '@/components/overlay/source-name';
import type { Finding, Severity } from '@/utils/checks/types';
import { httpUrl } from '@/utils/http-url';
import { type MessageKey, quoted, t } from '@/utils/i18n';
import { findingMessage } from '@/utils/i18n/finding-message';
import { ruleTitle } from './guidelines/rule-wording';

const SEVERITY_TEXT: Record<Severity, MessageKey> = {
  error: 'calendarSeverityError',
  warning: 'calendarSeverityWarning',
  info: 'calendarSeverityInfo',
};

/**
 * One finding as the extension pages show it ("Try it", the calendar's draft checks): the rule, how serious,
 * the message, the words it is about, what to write instead and who says so, with the composer panel's
 * wording for the source. An item of a `<ul>`.
 */
export function FindingCard({ finding, text }: { finding: Finding; text: string }) {
  const source = httpUrl(finding.source);
  const span = finding.end > finding.start ? text.slice(finding.start, finding.end) : '';
  return (
    <li className="finding-card" data-severity={finding.severity}>
      <p className="finding-head">
        <strong>{ruleTitle(finding.ruleId)}</strong>{' '}
        <span className="finding-severity">{t(SEVERITY_TEXT[finding.severity])}</span>
      </p>
      <p className="finding-message">{findingMessage(finding)}</p>
      {span && <p className="finding-span">{quoted(shorten(span, 60))}</p>}
      {finding.suggestions?.length ? (
        <p className="finding-suggestions">{t('calendarTry', finding.suggestions.join(' / '))}</p>
      ) : null}
      {source && (
        <a className="finding-source" href={source.href} target="_blank" rel="noreferrer">
          {t('panelSource', sourceName(source))}
        </a>
      )}
    </li>
  );
}
