import type { Finding } from '@/utils/checks';
import type { DraftCount } from '@/utils/checks/count';
import { httpUrl } from '@/utils/http-url';
import type { FindingAction, FindingGroup } from './finding-groups';
import type { FoldDescription } from './fold-description';
import { createShadowHost, element } from './shadow-host';

const STYLE = `
  :host { all: initial; position: fixed; z-index: 2147483647; }
  .panel {
    box-sizing: border-box; width: 340px; max-height: 420px; overflow: auto; padding: 12px;
    font: 400 13px/18px system-ui, sans-serif; color: #1d2939; background: #fff;
    border: 1px solid #d0d5dd; border-radius: 10px; box-shadow: 0 8px 24px rgb(16 24 40 / 18%);
  }
  .panel:focus { outline: none; }
  header { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; }
  header strong { font-size: 14px; }
  .counter { flex: 1; color: #475467; font-variant-numeric: tabular-nums; }
  .counter.over { color: #b42318; font-weight: 600; }
  h3 { margin: 10px 0 4px; font-size: 11px; line-height: 16px; text-transform: uppercase; letter-spacing: 0.5px; color: #475467; }
  ul { list-style: none; margin: 0; padding: 0; }
  li { padding: 8px; margin: 0 0 6px; border-radius: 8px; background: #f9fafb; border-left: 3px solid #98a2b3; }
  li[data-severity="error"] { border-left-color: #d92d20; }
  li[data-severity="warning"] { border-left-color: #f79009; }
  li[data-severity="info"] { border-left-color: #2e90fa; }
  p { margin: 0 0 4px; }
  .span { color: #475467; font-style: italic; word-break: break-word; }
  .fold p, .notice { color: #344054; }
  .notice { padding: 6px 8px; border-radius: 6px; background: #fffaeb; margin-bottom: 6px; }
  .empty { color: #067647; }
  a { color: #175cd3; font-size: 12px; }
  .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
  button {
    font: 500 12px/16px system-ui, sans-serif; padding: 4px 8px; border-radius: 6px; cursor: pointer;
    border: 1px solid #d0d5dd; background: #fff; color: #1d2939;
  }
  button.apply { background: #175cd3; border-color: #175cd3; color: #fff; }
  button:disabled { opacity: 0.5; cursor: default; }
  button:focus-visible { outline: 2px solid #2e90fa; outline-offset: 1px; }
  button.close { border: none; font-size: 16px; padding: 0 6px; }
  footer { margin-top: 8px; }
`;

export interface PanelView {
  platformName: string;
  count: DraftCount;
  groups: FindingGroup[];
  actionsFor: (finding: Finding) => FindingAction[];
  /** The flagged words of a finding, for context. */
  spanOf: (finding: Finding) => string;
  fold: FoldDescription | null;
  /** Label of what Undo would undo, or null when there is nothing to undo. */
  undoLabel: string | null;
  /** A message about the last action (e.g. an edit the editor did not take). */
  notice: string | null;
  /** An edit is under way: actions are disabled until it is verified. */
  busy: boolean;
  /** The calendar entry due now for this platform, offered for insertion (issue 7), or null. */
  scheduled: { title: string; published: boolean } | null;
}

export interface PanelHandlers {
  onApply(finding: Finding, action: FindingAction): void;
  onDismiss(finding: Finding): void;
  onUndo(): void;
  onClose(): void;
  onInsertScheduled(): void;
  onMarkPublished(): void;
}

/**
 * The findings panel the badge opens: findings by section with their message, source and fixes, what the
 * fold hides, and Undo. Plain DOM in a closed shadow root: it shows the user's own data (brand rule messages,
 * the research library a finding quotes, the calendar's scheduled post), which the page's scripts must not
 * read. Every string goes in as text.
 */
export class FindingsPanel {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly panel: HTMLElement;

  constructor(private readonly handlers: PanelHandlers) {
    const { host, root } = createShadowHost('onbrand-panel', STYLE, 'closed');
    this.host = host;
    this.root = root;
    this.panel = element('div', 'panel');
    this.panel.setAttribute('role', 'dialog');
    this.panel.setAttribute('aria-label', 'OnBrand findings');
    this.panel.tabIndex = -1;
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') handlers.onClose();
    });
    root.append(this.panel);
  }

  get isOpen(): boolean {
    return this.host.isConnected;
  }

  open(): void {
    if (!this.host.isConnected) document.documentElement.append(this.host);
    this.panel.focus({ preventScroll: true });
  }

  close(): void {
    this.host.remove();
  }

  /** Beside the badge: above it when there is room, else below; right edges aligned. */
  placeNear(badge: DOMRect): void {
    const height = this.host.getBoundingClientRect().height;
    const width = 340;
    const left = Math.max(4, Math.min(window.innerWidth - width - 4, badge.right - width));
    const above = badge.top - height - 6;
    const top = above >= 4 ? above : Math.min(badge.bottom + 6, Math.max(4, window.innerHeight - height - 4));
    this.host.style.left = `${left}px`;
    this.host.style.top = `${top}px`;
  }

  render(view: PanelView): void {
    // Re-rendering drops the focused button; keep keyboard users inside the panel (but never pull focus back
    // from the editor after an Apply).
    const hadFocus = this.root.activeElement != null;
    const header = element('header', '');
    header.append(element('strong', '', 'OnBrand'));
    const counter = element(
      'span',
      view.count.overflowAt === null ? 'counter' : 'counter over',
      `${view.count.count} / ${view.count.limit} on ${view.platformName}`,
    );
    const close = element('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.handlers.onClose());
    header.append(counter, close);

    const parts: HTMLElement[] = [header];
    if (view.notice) {
      const notice = element('p', 'notice', view.notice);
      notice.setAttribute('role', 'status');
      parts.push(notice);
    }
    if (view.scheduled) parts.push(this.renderScheduled(view.scheduled, view.busy));
    for (const group of view.groups) parts.push(this.renderGroup(group, view));
    if (view.groups.length === 0) parts.push(element('p', 'empty', 'No problems found in this draft.'));
    if (view.fold) {
      const fold = element('section', 'fold');
      fold.setAttribute('aria-label', 'The “…more” cut');
      fold.append(element('h3', '', 'The “…more” cut'));
      for (const line of view.fold.lines) fold.append(element('p', '', line));
      parts.push(fold);
    }
    if (view.undoLabel) {
      const footer = element('footer', '');
      const undo = element('button', 'undo', `Undo: ${view.undoLabel}`);
      undo.type = 'button';
      undo.disabled = view.busy;
      undo.addEventListener('click', () => this.handlers.onUndo());
      footer.append(undo);
      parts.push(footer);
    }
    this.panel.replaceChildren(...parts);
    if (hadFocus) this.panel.focus({ preventScroll: true });
  }

  private renderScheduled(scheduled: NonNullable<PanelView['scheduled']>, busy: boolean): HTMLElement {
    const section = element('section', 'group scheduled');
    section.setAttribute('aria-label', 'Scheduled post');
    section.append(element('h3', '', 'Scheduled post'), element('p', 'message', scheduled.title));
    if (scheduled.published) {
      section.append(element('p', 'span', 'Marked published in your calendar.'));
      return section;
    }
    const insert = element('button', 'action', 'Insert scheduled draft');
    insert.type = 'button';
    insert.disabled = busy;
    insert.addEventListener('click', () => this.handlers.onInsertScheduled());
    const published = element('button', 'action', 'Mark published');
    published.type = 'button';
    published.disabled = busy;
    published.addEventListener('click', () => this.handlers.onMarkPublished());
    section.append(insert, published);
    return section;
  }

  private renderGroup(group: FindingGroup, view: PanelView): HTMLElement {
    const section = element('section', 'group');
    section.dataset.group = group.id;
    const headingId = `onbrand-group-${group.id}`;
    const heading = element('h3', '', group.title);
    heading.id = headingId;
    section.setAttribute('aria-labelledby', headingId);
    const list = element('ul', '');
    for (const finding of group.findings) list.append(this.renderFinding(finding, view));
    section.append(heading, list);
    return section;
  }

  private renderFinding(finding: Finding, view: PanelView): HTMLElement {
    const item = element('li', 'finding');
    item.dataset.ruleId = finding.ruleId;
    item.dataset.severity = finding.severity;
    item.append(element('p', 'message', finding.message));
    const span = view.spanOf(finding);
    if (span) item.append(element('p', 'span', `“${span}”`));
    const source = httpUrl(finding.source);
    if (source) {
      const link = element('a', 'source', `Source: ${source.host}`);
      link.href = source.href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      item.append(link);
    }
    const actions = element('div', 'actions');
    for (const action of view.actionsFor(finding)) {
      const apply = element('button', 'apply', action.label);
      apply.type = 'button';
      apply.disabled = view.busy;
      apply.addEventListener('click', () => this.handlers.onApply(finding, action));
      actions.append(apply);
    }
    const dismiss = element('button', 'dismiss', 'Dismiss');
    dismiss.type = 'button';
    dismiss.disabled = view.busy;
    dismiss.setAttribute('aria-label', `Dismiss for this draft: ${finding.message}`);
    dismiss.addEventListener('click', () => this.handlers.onDismiss(finding));
    actions.append(dismiss);
    item.append(actions);
    return item;
  }
}

/** Only http(s) links are shown: a rule pack could carry any string as its source. */
