import type { Finding } from '@/utils/checks';
import type { DraftCount } from '@/utils/checks/count';
import { formatNumber, plural, t } from '@/utils/i18n';
import { moveFixed, placeBeside, placeClear } from './placement';
import { createShadowHost, element } from './shadow-host';
import { THEME_CSS, type Theme } from './theme';

export type BadgeState = 'ok' | 'warning' | 'error';

const STYLE = `${THEME_CSS}
  :host { all: initial; position: fixed; z-index: 2147483646; pointer-events: none; }
  button {
    display: inline-flex; align-items: center; white-space: nowrap; gap: 6px; padding: 2px 8px; border-radius: 999px; margin: 0;
    font: 600 12px/18px system-ui, sans-serif; color: var(--text); background: var(--bg); cursor: pointer;
    border: 1px solid var(--border); box-shadow: 0 1px 2px rgb(16 24 40 / 10%); pointer-events: auto;
  }
  button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
  .dot { width: 8px; height: 8px; border-radius: 50%; background: var(--ok); }
  .problems { color: var(--ok); }
  .count { font-weight: 400; color: var(--muted); font-variant-numeric: tabular-nums; }
  .count.over { font-weight: 600; color: var(--error); }
  :host([data-onbrand-state="warning"]) .dot { background: var(--warning); }
  :host([data-onbrand-state="warning"]) .problems { color: var(--warning); }
  :host([data-onbrand-state="error"]) .dot { background: var(--error); }
  :host([data-onbrand-state="error"]) .problems { color: var(--error); }
`;

/** Beside the composer's edge, never over its text: to its right, its left, then under or above it. */
const SIDES = ['right-end', 'left-end', 'below-end', 'above-end'] as const;

/**
 * The status badge beside a composer: a button saying how many problems the draft has, in the colour of the
 * worst ("2 problems"), and apart from it the live count in the platform's own counting ("243 / 280"), red
 * only past the limit. The host element carries only the public contract (`data-onbrand-count`,
 * `data-onbrand-state`, design.md "Page hooks"); the words and the count are in a closed shadow root, with
 * the summary as the button's `aria-label`: the page's scripts read neither.
 */
export class ComposerBadge {
  readonly host: HTMLElement;
  readonly button: HTMLButtonElement;
  /**
   * Called when the user clicks the badge or presses Enter/Space on it. Settable: the badge a composer gets
   * at load is handed on to its full session when the composer tools arrive (utils/features/lazy-script.ts).
   */
  onActivate: (() => void) | undefined;
  private readonly root: ShadowRoot;
  private readonly problemsLabel = element('span', 'problems');
  private readonly countLabel = element('span', 'count');
  private count: DraftCount = { count: 0, limit: 0, overflowAt: null };
  private findings: readonly Finding[] = [];
  /** Where the badge was last placed (viewport coordinates), null while hidden: kept, not read from layout. */
  private placedBox: DOMRect | null = null;
  /** The user dismissed the over-limit error for this draft: the count alone must not bring it back. */
  private lengthDismissed = false;

  constructor() {
    const { host, root } = createShadowHost('onbrand-badge', STYLE);
    // Hidden until first placed beside its composer, so no frame shows it where the page's flow put it.
    host.style.display = 'none';
    this.host = host;
    this.button = element('button', '');
    this.button.type = 'button';
    this.button.title = 'OnBrand';
    this.button.setAttribute('aria-haspopup', 'dialog');
    this.button.setAttribute('aria-expanded', 'false');
    this.button.append(element('span', 'dot'), this.problemsLabel, this.countLabel);
    this.button.addEventListener('click', () => this.onActivate?.());
    root.append(this.button);
    this.root = root;
    this.show(this.count, []);
  }

  /** Puts another feature's small element (the crisis banner) in the closed root, above the button. */
  addToRoot(node: Node): void {
    this.root.insertBefore(node, this.button);
  }

  /** The full picture after a check: the count and the findings the user has not dismissed. */
  show(count: DraftCount, findings: readonly Finding[], lengthDismissed = false): void {
    this.findings = findings;
    this.lengthDismissed = lengthDismissed;
    this.host.dataset.onbrandCount = String(findings.length);
    this.problemsLabel.textContent = problemsOf(findings.length, t('badgeNoProblems'));
    this.showCount(count);
  }

  /** Only the count: cheap enough for every keystroke, while the findings wait for a pause in typing. */
  showCount(count: DraftCount): void {
    this.count = count;
    const counter = counterText(count);
    this.countLabel.textContent = counter;
    this.countLabel.className = count.overflowAt === null ? 'count' : 'count over';
    const label = t('badgeLabel', counter, problemsOf(this.findings.length, t('badgeNoProblemsLower')));
    this.button.setAttribute('aria-label', label);
    // The count decides the length error itself, so crossing the limit turns the badge red on that key, not
    // after the pause the full check waits for; the other findings keep their state until that check.
    this.host.dataset.onbrandState = stateWithCount(this.findings, count, this.lengthDismissed);
  }

  setExpanded(expanded: boolean): void {
    this.button.setAttribute('aria-expanded', String(expanded));
  }

  setTheme(theme: Theme): void {
    if (this.host.dataset.theme !== theme) this.host.dataset.theme = theme;
  }

  focus(): void {
    this.button.focus();
  }

  /**
   * Shows the badge beside the composer (viewport coordinates), or hides it while the user cannot see it.
   * `drawn` is the host's box as drawn now, read by the caller together with the composer's box before
   * anything is written: reading it here, after showing the host, forced a style and layout pass inside
   * OnBrand's code (~7 ms of X's start-up in a CPU profile). A badge not drawn yet has no size to place by:
   * it is laid out unseen, and placed when the resize observer reports its size (composer-checks.ts).
   * `controls` are the site's own buttons around the composer (its Post button, its close ×): the badge
   * keeps off them where the viewport has room for that.
   */
  placeBeside(composer: DOMRect | null, drawn: DOMRect, controls: readonly DOMRect[] = []): void {
    this.placedBox = null;
    if (!composer) {
      if (this.host.style.display !== 'none') this.host.style.display = 'none';
      return;
    }
    if (drawn.width === 0) {
      // At the viewport's corner, not where the page's flow would put it: moveFixed then reads the distance
      // between where left/top put it and where it shows as a transformed ancestor's offset, and none else.
      this.host.style.left = '0px';
      this.host.style.top = '0px';
      this.host.style.display = '';
      this.host.style.visibility = 'hidden';
      return;
    }
    const { left, top } =
      placeClear(composer, drawn.width, drawn.height, SIDES, 6, controls) ??
      placeBeside(composer, drawn.width, drawn.height, SIDES, 6);
    moveFixed(this.host, drawn, left, top);
    if (this.host.style.visibility) this.host.style.visibility = '';
    this.placedBox = new DOMRect(left, top, drawn.width, drawn.height);
  }

  /** Where the badge shows (viewport coordinates), or null while it is hidden. */
  get placed(): DOMRect | null {
    return this.placedBox;
  }

  remove(): void {
    this.host.remove();
  }
}

function problemsOf(count: number, none: string): string {
  return count === 0 ? none : plural('badgeProblems', count);
}

/** "243 / 280", with the UI language's digit grouping ("10.000" in German). */
export function counterText(count: DraftCount): string {
  return `${formatNumber(count.count)} / ${formatNumber(count.limit)}`;
}

/** The state of the findings, with the length error as the latest count says, not as the last check saw it. */
function stateWithCount(
  findings: readonly Finding[],
  count: DraftCount,
  lengthDismissed: boolean,
): BadgeState {
  if (count.overflowAt !== null && !lengthDismissed) return 'error';
  // Under the limit now, so a length error from the last check is gone; Bluesky's byte limit is not decided
  // by overflowAt, so there the check's finding stands until the next check.
  return stateOf(
    findings.filter((finding) => finding.ruleId !== 'platform-length' || count.bytes !== undefined),
  );
}

export function stateOf(findings: readonly Finding[]): BadgeState {
  if (findings.some((finding) => finding.severity === 'error')) return 'error';
  if (findings.some((finding) => finding.severity === 'warning')) return 'warning';
  return 'ok';
}
