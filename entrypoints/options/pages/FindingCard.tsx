import '@/components/finding-card/finding-card.css';
import { findingCard } from '@/components/finding-card/finding-card';
import type { Finding } from '@/utils/checks/types';

/**
 * One finding as the extension pages show it ("Try it", the calendar's draft checks): the same card as the
 * composer panel's and the reply picker's (components/finding-card/finding-card-dom.ts), in React. Nothing can
 * be applied here, so its fixes are lines rather than buttons. An item of a `<ul className="finding-cards">`.
 */
export function FindingCard({ finding, text }: { finding: Finding; text: string }) {
  const card = findingCard(finding, text);
  return (
    <li className="finding-card" data-finding-rule={card.ruleId} data-severity={card.severity}>
      <p className="finding-head">
        <strong className="finding-title">{card.title}</strong>{' '}
        <span className="finding-severity">{card.severityWord}</span>
      </p>
      <p className="finding-message">{card.message}</p>
      {card.preview ? (
        <p className="finding-preview">
          {card.preview.before}
          {card.preview.removed && <del>{card.preview.removed}</del>}
          {card.preview.added && <ins>{card.preview.added}</ins>}
          {card.preview.after}
        </p>
      ) : (
        card.span && <p className="finding-span">{card.span}</p>
      )}
      {card.source && (
        <a className="finding-source" href={card.source.href} target="_blank" rel="noopener noreferrer">
          {card.source.label}
        </a>
      )}
      {card.fixes.length > 0 && (
        <div className="finding-fixes">
          {card.fixes.map((fix) => (
            <p key={`${fix.label}\u0000${fix.replacement}`} className="finding-fix">
              {fix.label}
            </p>
          ))}
        </div>
      )}
    </li>
  );
}
