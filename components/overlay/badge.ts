import type { Finding } from '@/utils/checks';
import type { DraftCount } from '@/utils/checks/count';

export type BadgeState = 'ok' | 'warning' | 'error';

const STYLE = `
  :host { all: initial; position: fixed; z-index: 2147483646; pointer-events: none; }
  .badge {
    display: inline-flex; align-items: center; gap: 6px; padding: 2px 8px; border-radius: 999px;
    font: 600 12px/18px system-ui, sans-serif; color: #1d2939; background: #fff;
    border: 1px solid #d0d5dd; box-shadow: 0 1px 2px rgb(16 24 40 / 10%); pointer-events: auto;
  }
  .dot { width: 8px; height: 8px; border-radius: 50%; background: #12b76a; }
  :host([data-onbrand-state="warning"]) .dot { background: #f79009; }
  :host([data-onbrand-state="error"]) .dot { background: #d92d20; }
  :host([data-onbrand-state="error"]) .count { color: #b42318; }
`;

/**
 * The status badge at a composer's corner. The host element carries the public contract
 * (`data-onbrand-count`, `data-onbrand-state`); its inside is a closed shadow root, so the page's scripts
 * and styles can neither read nor restyle it.
 */
export class ComposerBadge {
  readonly host: HTMLElement;
  private readonly countLabel: HTMLElement;

  constructor() {
    this.host = document.createElement('onbrand-badge');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    // Set before the element is attached so strict page CSPs still apply it (sites.md §6).
    style.textContent = STYLE;
    const badge = document.createElement('div');
    badge.className = 'badge';
    const dot = document.createElement('span');
    dot.className = 'dot';
    const brand = document.createElement('span');
    brand.textContent = 'OnBrand';
    this.countLabel = document.createElement('span');
    this.countLabel.className = 'count';
    badge.append(dot, brand, this.countLabel);
    root.append(style, badge);
    this.show({ count: 0, limit: 0, overflowAt: null }, []);
  }

  show(count: DraftCount, findings: readonly Finding[]): void {
    const state = stateOf(findings);
    this.host.dataset.onbrandCount = String(findings.length);
    this.host.dataset.onbrandState = state;
    const counter = `${count.count} / ${count.limit}`;
    this.countLabel.textContent = counter;
    const problems =
      findings.length === 0 ? 'no problems' : `${findings.length} problem${findings.length === 1 ? '' : 's'}`;
    this.host.setAttribute('role', 'status');
    this.host.setAttribute('aria-label', `OnBrand: ${counter} characters, ${problems}`);
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
