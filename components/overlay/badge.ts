import type { Finding } from '@/utils/checks';
import type { DraftCount } from '@/utils/checks/count';
import { createShadowHost } from './shadow-host';

export type BadgeState = 'ok' | 'warning' | 'error';

const STYLE = `
  :host { all: initial; position: fixed; z-index: 2147483646; pointer-events: none; }
  button {
    display: inline-flex; align-items: center; white-space: nowrap; gap: 6px; padding: 2px 8px; border-radius: 999px; margin: 0;
    font: 600 12px/18px system-ui, sans-serif; color: #1d2939; background: #fff; cursor: pointer;
    border: 1px solid #d0d5dd; box-shadow: 0 1px 2px rgb(16 24 40 / 10%); pointer-events: auto;
  }
  button:focus-visible { outline: 2px solid #2e90fa; outline-offset: 1px; }
  .dot { width: 8px; height: 8px; border-radius: 50%; background: #12b76a; }
  .count { font-variant-numeric: tabular-nums; }
  :host([data-onbrand-state="warning"]) .dot { background: #f79009; }
  :host([data-onbrand-state="error"]) .dot { background: #d92d20; }
  :host([data-onbrand-state="error"]) .count { color: #b42318; }
`;

export interface BadgeOptions {
  /** Called when the user clicks the badge or presses Enter/Space on it. */
  onActivate?: () => void;
}

/**
 * The status badge at a composer's corner: a button showing the live count in the platform's own counting
 * ("243 / 280") and the state. The host element carries the public contract (`data-onbrand-count`,
 * `data-onbrand-state`) and the same summary as `aria-label`. Its inside is an open shadow root: it shows only
 * the page's own draft, and tests drive it like a user would.
 */
export class ComposerBadge {
  readonly host: HTMLElement;
  readonly button: HTMLButtonElement;
  private readonly countLabel: HTMLElement;
  private count: DraftCount = { count: 0, limit: 0, overflowAt: null };
  private findings: readonly Finding[] = [];

  constructor(options: BadgeOptions = {}) {
    const { host, root } = createShadowHost('onbrand-badge', STYLE, 'open');
    this.host = host;
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.setAttribute('aria-haspopup', 'dialog');
    this.button.setAttribute('aria-expanded', 'false');
    const dot = document.createElement('span');
    dot.className = 'dot';
    const brand = document.createElement('span');
    brand.textContent = 'OnBrand';
    this.countLabel = document.createElement('span');
    this.countLabel.className = 'count';
    this.button.append(dot, brand, this.countLabel);
    const { onActivate } = options;
    if (onActivate) this.button.addEventListener('click', () => onActivate());
    root.append(this.button);
    this.show(this.count, []);
  }

  /** The full picture after a check: the count and the findings the user has not dismissed. */
  show(count: DraftCount, findings: readonly Finding[]): void {
    this.findings = findings;
    const state = stateOf(findings);
    this.host.dataset.onbrandCount = String(findings.length);
    this.host.dataset.onbrandState = state;
    this.showCount(count);
  }

  /** Only the count: cheap enough for every keystroke, while the findings wait for a pause in typing. */
  showCount(count: DraftCount): void {
    this.count = count;
    const counter = `${count.count} / ${count.limit}`;
    this.countLabel.textContent = counter;
    const problems =
      this.findings.length === 0
        ? 'no problems'
        : `${this.findings.length} problem${this.findings.length === 1 ? '' : 's'}`;
    const label = `OnBrand: ${counter} characters, ${problems}`;
    this.host.setAttribute('aria-label', label);
    this.button.setAttribute('aria-label', label);
  }

  setExpanded(expanded: boolean): void {
    this.button.setAttribute('aria-expanded', String(expanded));
  }

  focus(): void {
    this.button.focus();
  }

  /** Pins the badge inside the composer's bottom-right corner (viewport coordinates). */
  placeAt(composer: Element): void {
    const box = composer.getBoundingClientRect();
    const visible = box.width > 0 && box.height > 0;
    this.host.style.display = visible ? '' : 'none';
    if (!visible) return;
    const badgeBox = this.host.getBoundingClientRect();
    this.host.style.left = `${Math.max(0, box.right - badgeBox.width - 4)}px`;
    this.host.style.top = `${Math.max(0, box.bottom - badgeBox.height - 4)}px`;
  }

  remove(): void {
    this.host.remove();
  }
}

export function stateOf(findings: readonly Finding[]): BadgeState {
  if (findings.some((finding) => finding.severity === 'error')) return 'error';
  if (findings.some((finding) => finding.severity === 'warning')) return 'warning';
  return 'ok';
}
