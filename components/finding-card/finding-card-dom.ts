import type { FixPreview } from '@/components/overlay/finding-groups';
import { element as make } from '@/components/overlay/shadow-host';
import type { FindingCardView } from './finding-card';

/**
 * A finding card as plain DOM, for the composer panel (in the content script, where there is no React) and
 * the reply picker. The same elements and class names as the dashboard's React `FindingCard`, styled by the
 * same finding-card.css. Every string goes in as text: messages are the user's own rule text and the draft.
 * `fixes` is what goes last: the panel's buttons, or `fixLines` where nothing can be applied.
 */
export function findingCardElement(card: FindingCardView, fixes: HTMLElement | null): HTMLLIElement {
  const item = make('li', 'finding-card');
  item.dataset.findingRule = card.ruleId;
  item.dataset.severity = card.severity;
  const head = make('p', 'finding-head');
  head.append(
    make('strong', 'finding-title', card.title),
    ' ',
    make('span', 'finding-severity', card.severityWord),
  );
  item.append(head, make('p', 'finding-message', card.message));
  if (card.preview) item.append(previewElement(card.preview));
  else if (card.span) item.append(make('p', 'finding-span', card.span));
  if (card.source) {
    const link = make('a', 'finding-source', card.source.label);
    link.href = card.source.href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    item.append(link);
  }
  if (fixes) item.append(fixes);
  return item;
}

/** The fixes' labels, one line each, on a card whose fixes cannot be applied from where it is shown. */
export function fixLines(card: FindingCardView): HTMLElement | null {
  if (card.fixes.length === 0) return null;
  const list = make('div', 'finding-fixes');
  for (const fix of card.fixes) list.append(make('p', 'finding-fix', fix.label));
  return list;
}

/** "…before [removed → added] after…" as text nodes: the removed words struck out, the added ones marked. */
function previewElement({ before, removed, added, after }: FixPreview): HTMLElement {
  const line = make('p', 'finding-preview');
  line.append(before);
  if (removed) line.append(make('del', '', removed));
  if (added) line.append(make('ins', '', added));
  line.append(after);
  return line;
}
