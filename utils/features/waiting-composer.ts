import { ComposerBadge } from '@/components/overlay/badge';
import { type Theme, themeBehind } from '@/components/overlay/theme';

/** Why a waiting composer asks for the composer tools. */
export type WakeReason =
  /** The user came to write: focus, a pointer or a key in the composer. */
  | 'user'
  /** The draft changed, or the page put one there before the user came. */
  | 'text'
  /** The user asked for the findings: the badge or the shortcut. */
  | 'panel'
  /** Something else the badge must show (the brand's crisis mode). */
  | 'show';

/** What a tracked composer's UI does for composer-checks.ts, waiting or full (composer-session.ts). */
export interface ComposerView {
  readonly badgeHost: HTMLElement;
  textChanged(): void;
  recheck(): void;
  /**
   * Beside the composer's box (null: hidden), off the site's `controls` around it; `badge` is the badge
   * host's box. All three are read before anything is written.
   */
  place(box: DOMRect | null, badge: DOMRect, controls: readonly DOMRect[]): void;
  focusBadge(): boolean;
  openPanel(): void;
  /** Light or dark, by what the site paints behind the composer now (reads styles, writes nothing). */
  readTheme(): Theme;
  /** Draws the badge (and panel) in that theme (writes, reads nothing). */
  setTheme(theme: Theme): void;
  destroy(): void;
}

/**
 * A composer's badge from the page load until the composer tools arrive (lazy-script.ts): an empty draft
 * needs no counting code to say "0 / 280" and no engine to say it has no problems, so a page load pays for
 * nothing more. Whatever else the composer is asked for wakes it: the caller loads the tools and hands the
 * badge on to a full session.
 */
export class WaitingComposer implements ComposerView {
  readonly badge = new ComposerBadge();
  private readonly listening = new AbortController();

  constructor(
    private readonly composer: Element,
    mountIn: Element,
    private readonly limit: () => number,
    private readonly wake: (reason: WakeReason) => void,
  ) {
    this.badge.onActivate = () => wake('panel');
    // Its theme is set where it is first placed (composer-checks.ts), with the page's other reads: reading
    // styles here, between one composer's badge going in and the next one's, laid the page out each time.
    this.showEmpty();
    for (const type of ['focusin', 'pointerdown', 'keydown'])
      composer.addEventListener(type, () => wake('user'), { once: true, signal: this.listening.signal });
    mountIn.append(this.badge.host);
  }

  get badgeHost(): HTMLElement {
    return this.badge.host;
  }

  textChanged(): void {
    this.wake('text');
  }

  /** The limit may have changed (a Mastodon server's own, once it answered). */
  recheck(): void {
    this.showEmpty();
  }

  place(box: DOMRect | null, badge: DOMRect, controls: readonly DOMRect[]): void {
    this.badge.placeBeside(box, badge, controls);
  }

  focusBadge(): boolean {
    if (!this.badge.placed) return false;
    this.badge.focus();
    return true;
  }

  openPanel(): void {
    this.wake('panel');
  }

  readTheme(): Theme {
    return themeBehind(this.composer);
  }

  setTheme(theme: Theme): void {
    this.badge.setTheme(theme);
  }

  destroy(): void {
    this.listening.abort();
    this.badge.remove();
  }

  /** The badge, still in the page, for the full session; this one listens no more. */
  handOver(): ComposerBadge {
    this.listening.abort();
    return this.badge;
  }

  private showEmpty(): void {
    this.badge.show({ count: 0, limit: this.limit(), overflowAt: null }, []);
  }
}
