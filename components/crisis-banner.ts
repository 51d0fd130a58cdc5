import { t } from '@/utils/i18n';

const STYLE = `
  .crisis-banner {
    display: block; box-sizing: border-box; max-width: 280px; margin: 0 0 4px; padding: 3px 8px; border-radius: 6px;
    font: 600 12px/16px system-ui, sans-serif; color: #fff; background: var(--error); pointer-events: auto;
    overflow-wrap: anywhere;
  }
  .crisis-banner[hidden] { display: none; }
`;

/**
 * "Crisis mode: <reason>" above a composer's badge, while the brand is in crisis mode. It lives in the badge's
 * closed root (ComposerBadge.addToRoot), so the page's scripts cannot read the reason; the reason is set as
 * text, never as markup.
 */
export class CrisisBanner {
  /** The style and the banner, to go in the root together. */
  readonly element: HTMLElement;
  private readonly banner: HTMLElement;
  private shown: string | null = null;

  constructor() {
    this.element = document.createElement('div');
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.banner = document.createElement('div');
    this.banner.className = 'crisis-banner';
    this.banner.setAttribute('role', 'status');
    this.banner.hidden = true;
    this.element.append(style, this.banner);
  }

  show(crisis: { reason: string } | null): void {
    const text = crisis ? t('crisisBanner', crisis.reason) : null;
    if (text === this.shown) return;
    this.shown = text;
    this.banner.hidden = text === null;
    this.banner.textContent = text ?? '';
  }
}
