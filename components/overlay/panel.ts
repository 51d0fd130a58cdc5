import type { FindingCardView } from '@/components/finding-card/finding-card';
import CARD_CSS from '@/components/finding-card/finding-card.css?inline';
import { findingCardElement } from '@/components/finding-card/finding-card-dom';
import type { Finding } from '@/utils/checks';
import type { DraftCount } from '@/utils/checks/count';
import { t } from '@/utils/i18n';
import { counterText } from './badge';
import type { FindingAction, FindingGroup } from './finding-groups';
import type { FoldDescription } from './fold-description';
import { moveFixed, placeAround } from './placement';
import { createShadowHost, element } from './shadow-host';
import { THEME_CSS, type Theme } from './theme';

/** Beside the composer, never over its text: right, left, then under or above it. */
const SIDES = ['right-start', 'left-start', 'below-end', 'above-end'] as const;
const WIDTH = 360;

const STYLE = `${THEME_CSS}${CARD_CSS}
  :host { all: initial; position: fixed; z-index: 2147483647; }
  .panel {
    box-sizing: border-box; overflow: auto; padding: 12px; overscroll-behavior: contain;
    font: 400 13px/18px system-ui, sans-serif; color: var(--text); background: var(--bg);
    border: 1px solid var(--border); border-radius: 10px; box-shadow: 0 8px 24px rgb(16 24 40 / 18%);
  }
  .panel:focus, li:focus { outline: none; }
  li:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
  header { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; }
  header strong { font-size: 14px; }
  .counter { flex: 1; color: var(--muted); font-variant-numeric: tabular-nums; }
  .counter.over { color: var(--error); font-weight: 600; }
  h3 { margin: 10px 0 4px; font-size: 11px; line-height: 16px; text-transform: uppercase; letter-spacing: 0.5px; color: var(--muted); }
  p { margin: 0 0 4px; }
  .scheduled .span { color: var(--muted); font-style: italic; }
  .fold p { color: var(--text); }
  .notice { padding: 6px 8px; border-radius: 6px; background: var(--notice); border-left: 3px solid var(--noticeEdge); color: var(--text); margin-bottom: 6px; }
  .empty { color: var(--ok); }
  .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
  button {
    font: 500 12px/16px system-ui, sans-serif; padding: 4px 8px; border-radius: 6px; cursor: pointer;
    border: 1px solid var(--border); background: var(--bg); color: var(--text);
  }
  button.apply { background: var(--accent); border-color: var(--accent); color: var(--onAccent); }
  button:disabled { opacity: 0.5; cursor: default; }
  button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
  button.close { border: none; font-size: 16px; padding: 0 6px; }
  footer { margin-top: 8px; }
`;
export interface PanelView {
  platformName: string;
  count: DraftCount;
  groups: FindingGroup[];
  /** What a finding's card says (components/finding-card), with the fixes its buttons apply. */
  cardOf: (finding: Finding) => FindingCardView;
  /** The markets the checks assume because the user has not chosen any ("Germany and the EU"), or null. */
  assumedMarkets: string | null;
  fold: FoldDescription | null;
  /** Label of what Undo would undo, or null when there is nothing to undo. */
  undoLabel: string | null;
  /** A message about the last action (e.g. an edit the editor did not take). */
  notice: string | null;
  /** An edit is under way: actions are disabled until it is verified. */
  busy: boolean;
  /** The calendar entry due now for this platform, offered for insertion, or null. */
  scheduled: { title: string; published: boolean; linked: boolean } | null;
}

export interface PanelHandlers {
  /** `byKeyboard`: Enter or Space, after which focus comes back to the panel (a mouse user's stays put). */
  onApply(finding: Finding, action: FindingAction, byKeyboard: boolean): void;
  onDismiss(finding: Finding): void;
  onUndo(): void;
  onClose(): void;
  onInsertScheduled(): void;
  onMarkPublished(): void;
  /** Keeps the assumed markets as the user's choice. */
  onKeepMarkets(): void;
  /** Opens the market choice on the welcome page. */
  onChangeMarkets(): void;
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
    const { host, root } = createShadowHost('onbrand-panel', STYLE);
    this.host = host;
    this.root = root;
    this.panel = element('div', 'panel');
    this.panel.setAttribute('role', 'dialog');
    this.panel.tabIndex = -1;
    this.panel.addEventListener('keydown', (event) => this.onKey(event));
    root.append(this.panel);
  }

  get isOpen(): boolean {
    return this.host.isConnected;
  }

  /** Opens the panel with focus on its first finding, or on the panel when there is none. */
  open(): void {
    // Named on the first open, not when built: a composer with a draft at page load gets its panel at once,
    // and the page's first `i18n.getMessage` loads the whole catalogue (15-20 ms in a CPU profile of TikTok).
    if (!this.panel.hasAttribute('aria-label')) this.panel.setAttribute('aria-label', t('panelLabel'));
    if (!this.host.isConnected) document.documentElement.append(this.host);
    this.focusCard(0);
  }

  close(): void {
    this.host.remove();
  }

  setTheme(theme: Theme): void {
    if (this.host.dataset.theme !== theme) this.host.dataset.theme = theme;
  }

  /**
   * Beside the composer where it fits whole, else on the side with the most room, cut to it (then it
   * scrolls inside): never over the draft while the viewport has room elsewhere, nor over the site's
   * `controls` around it (its dialog's title, toolbar and Post button: moved on past them).
   */
  placeBeside(composer: DOMRect, controls: readonly DOMRect[] = []): void {
    const width = Math.min(WIDTH, window.innerWidth - 8);
    this.panel.style.width = `${width}px`;
    this.panel.style.maxHeight = '';
    const drawn = this.host.getBoundingClientRect();
    const { left, top, height } = placeAround(composer, width, drawn.height, SIDES, 8, controls);
    this.panel.style.maxHeight = `${height}px`;
    moveFixed(this.host, drawn, left, top);
    // Cut to its room, the panel may now end above the finding the keyboard is on.
    const focused = this.cards()[this.focusedCard()];
    if (focused) this.reveal(focused);
  }

  /** Focuses the finding card at `index` (the last one when fewer), or the panel when there is none. */
  focusCard(index: number): void {
    const cards = this.cards();
    const card = cards[Math.min(index, cards.length - 1)];
    // Scrolled here, inside the panel only: the browser's own focus scrolling may scroll the page too.
    (card ?? this.panel).focus({ preventScroll: true });
    if (card) this.reveal(card);
  }

  /**
   * Scrolls the panel the least that shows `card` (block: 'nearest'), then its Apply button, which is what
   * Enter presses: on a card taller than the panel's room the button wins over the card's first lines.
   */
  private reveal(card: HTMLElement): void {
    const show = (element: Element) => {
      const view = this.panel.getBoundingClientRect();
      const top = view.top + this.panel.clientTop;
      const bottom = top + this.panel.clientHeight;
      const box = element.getBoundingClientRect();
      if (box.top < top) this.panel.scrollTop -= top - box.top;
      else if (box.bottom > bottom) this.panel.scrollTop += Math.min(box.bottom - bottom, box.top - top);
    };
    show(card);
    const apply = card.querySelector('button.apply');
    if (apply) show(apply);
  }

  /** The index of the focused finding card, or -1. */
  focusedCard(): number {
    const active = this.root.activeElement;
    return this.cards().findIndex((card) => card === active || card.contains(active));
  }

  private cards(): HTMLElement[] {
    return [...this.panel.querySelectorAll<HTMLElement>('li.finding-card')];
  }

  /** Arrow keys walk the findings, Enter on a finding applies its first fix, Escape closes. */
  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      this.handlers.onClose();
      return;
    }
    const index = this.focusedCard();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.focusCard(Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)));
    } else if (event.key === 'Enter' && event.target instanceof HTMLLIElement) {
      event.preventDefault();
      event.target.querySelector<HTMLButtonElement>('button.apply:enabled')?.click();
    }
  }

  render(view: PanelView): void {
    // Re-rendering drops the focused element; keep keyboard users on the same card (but never pull focus
    // back from the editor after an Apply).
    const focused = this.root.activeElement ? this.focusedCard() : null;
    const header = element('header', '');
    header.append(element('strong', '', 'OnBrand'));
    const counter = element(
      'span',
      view.count.overflowAt === null ? 'counter' : 'counter over',
      t('panelCounter', counterText(view.count), view.platformName),
    );
    const close = element('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', t('panelClose'));
    close.addEventListener('click', () => this.handlers.onClose());
    header.append(counter, close);

    const parts: HTMLElement[] = [header];
    if (view.notice) {
      const notice = element('p', 'notice', view.notice);
      notice.setAttribute('role', 'status');
      parts.push(notice);
    }
    if (view.assumedMarkets) parts.push(this.renderAssumedMarkets(view.assumedMarkets));
    if (view.scheduled) parts.push(this.renderScheduled(view.scheduled, view.busy));
    for (const group of view.groups) parts.push(this.renderGroup(group, view));
    if (view.groups.length === 0) parts.push(element('p', 'empty', t('panelEmpty')));
    if (view.fold) {
      const fold = element('section', 'fold');
      fold.setAttribute('aria-label', t('panelFold'));
      fold.append(element('h3', '', t('panelFold')));
      for (const line of view.fold.lines) fold.append(element('p', '', line));
      parts.push(fold);
    }
    if (view.undoLabel) {
      const footer = element('footer', '');
      const undo = element('button', 'undo', t('panelUndo', view.undoLabel));
      undo.type = 'button';
      undo.disabled = view.busy;
      undo.addEventListener('click', () => this.handlers.onUndo());
      footer.append(undo);
      parts.push(footer);
    }
    this.panel.replaceChildren(...parts);
    if (focused !== null) this.focusCard(focused);
  }

  /** No market is applied silently: until the user chose one, the panel says which it assumes. */
  private renderAssumedMarkets(markets: string): HTMLElement {
    const section = element('section', 'notice markets');
    section.append(element('p', '', t('panelMarketAssumed', markets)));
    const keep = element('button', 'keep-markets', t('panelMarketKeep', markets));
    keep.type = 'button';
    keep.addEventListener('click', () => this.handlers.onKeepMarkets());
    const change = element('button', 'change-markets', t('panelMarketChange'));
    change.type = 'button';
    change.addEventListener('click', () => this.handlers.onChangeMarkets());
    const actions = element('div', 'actions');
    actions.append(keep, change);
    section.append(actions);
    return section;
  }

  private renderScheduled(scheduled: NonNullable<PanelView['scheduled']>, busy: boolean): HTMLElement {
    const section = element('section', 'group scheduled');
    section.setAttribute('aria-label', t('panelScheduled'));
    section.append(element('h3', '', t('panelScheduled')), element('p', 'message', scheduled.title));
    if (scheduled.published) {
      section.append(
        element('p', 'span', t(scheduled.linked ? 'panelScheduledPublishedLink' : 'panelScheduledPublished')),
      );
      return section;
    }
    const insert = element('button', 'action', t('panelInsertScheduled'));
    insert.type = 'button';
    insert.disabled = busy;
    insert.addEventListener('click', () => this.handlers.onInsertScheduled());
    const published = element('button', 'action', t('panelMarkPublished'));
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
    const list = element('ul', 'finding-cards');
    for (const finding of group.findings) list.append(this.renderFinding(finding, view));
    section.append(heading, list);
    return section;
  }

  private renderFinding(finding: Finding, view: PanelView): HTMLElement {
    const card = view.cardOf(finding);
    const buttons = element('div', 'actions');
    for (const action of card.fixes) {
      const apply = element('button', 'apply', action.label);
      apply.type = 'button';
      apply.disabled = view.busy;
      // A click from the keyboard (or from Enter on the card) has no pointer detail.
      apply.addEventListener('click', (event) => this.handlers.onApply(finding, action, event.detail === 0));
      buttons.append(apply);
    }
    const dismiss = element('button', 'dismiss', t('panelDismiss'));
    dismiss.type = 'button';
    dismiss.disabled = view.busy;
    dismiss.setAttribute('aria-label', t('panelDismissLabel', card.message));
    dismiss.addEventListener('click', () => this.handlers.onDismiss(finding));
    buttons.append(dismiss);
    const item = findingCardElement(card, buttons);
    item.tabIndex = -1;
    return item;
  }
}
