import { CrisisBanner } from '@/components/crisis-banner';
import { findingCard } from '@/components/finding-card/finding-card';
import { ComposerBadge } from '@/components/overlay/badge';
import type { FindingAction } from '@/components/overlay/finding-groups';
import {
  findingKey,
  groupFindings,
  lengthDismissed,
  shorten,
  visibleFindings,
} from '@/components/overlay/finding-groups';
import { describeFold } from '@/components/overlay/fold-description';
import { FoldMarker } from '@/components/overlay/fold-marker';
import { FindingsPanel } from '@/components/overlay/panel';
import { RangeUnderlines } from '@/components/overlay/range-underlines';
import { TextareaMirror } from '@/components/overlay/textarea-mirror';
import { type Theme, themeBehind } from '@/components/overlay/theme';
import type { TextMark, UnderlineSurface } from '@/components/overlay/underline-surface';
import type { CheckOptions, Finding } from '@/utils/checks';
import type { CountSettings, DraftCount } from '@/utils/checks/count';
import { PLATFORM_FOLDS } from '@/utils/checks/packs/folds';
import { caretOffsets, selectOffsets } from '@/utils/editors/caret';
import type { InsertResult } from '@/utils/editors/insert';
import { quoted, t } from '@/utils/i18n';
import { findingMessage } from '@/utils/i18n/finding-message';
import { marketsInASentence } from '@/utils/i18n/markets';
import type { SiteAdapter } from '@/utils/sites/types';
import type { ActiveBrandWatch } from './active-brand';
import type { CheckEngine } from './check-engine';
import { type DueDraftActions, DueDraftOffer } from './due-draft';
import type { createRunTimers } from './run-timers';
import { countSurface } from './surface-count';

/**
 * Shortest pause in typing before the full check runs. Short, because the badge must settle within 300 ms of
 * the last key; the pause grows with what checking this draft is expected to cost, so slow checks
 * (long drafts, big guideline packs) wait for a real pause.
 */
const MIN_PAUSE_MS = 150;
/** Longest pause: reached when checks get slow (long drafts, big guideline packs). */
const MAX_PAUSE_MS = 500;
/**
 * Each millisecond a check is expected to take adds this many to the pause, so while the user types in
 * bursts a check never takes more than about a third of the pause before it.
 */
const PAUSE_PER_CHECK_MS = 3;
/** How long the text a fix put in stays tinted after Apply or Undo: long enough to find it, then out of the way. */
const CHANGED_HIGHLIGHT_MS = 1_500;
/** The idle callback may wait this long for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 50;

/**
 * What a session does to the world outside its own UI, injected so it can be tested with fakes: read and
 * edit the composer through its editor, load and run the check engine, message the background.
 */
export interface SessionActions extends DueDraftActions {
  /** The check engine once it is loaded, else undefined. */
  engine(): CheckEngine | undefined;
  /** Loads the engine; resolves to undefined when it could not be loaded. */
  loadEngine(): Promise<CheckEngine | undefined>;
}

export interface SessionOptions {
  actions: SessionActions;
  /**
   * The surface's own limit where it differs from the platform's (a Reddit title, a LinkedIn comment), or
   * the server's (a Mastodon instance's), and how that server counts links.
   */
  /**
   * What the count depends on besides the text, read at each count: the instance's limit (known once its
   * server answered), the surface's own limit, text counted with the post (Mastodon's content warning).
   */
  countSettings: () => CountSettings;
  /** The length limit is the surface's own, not the platform's: the length message says "this field". */
  lengthOfField?: boolean;
  /** Timers that end with the run of the composer checks (run-timers.ts explains why not ctx's). */
  timers: ReturnType<typeof createRunTimers>;
  /** Where the badge's host goes: the page, or the modal dialog or popover holding the composer. */
  mountIn: Element;
  /** The brand's guidelines, jurisdictions and relationship and the saved posts, as they stand at each check. */
  checkOptions: () => Omit<CheckOptions, 'platform'>;
  /** Which markets the checks assume while the user has chosen none, and the one click that keeps them. */
  markets: Pick<ActiveBrandWatch, 'assumedMarkets' | 'keepAssumedMarkets'>;
  /** The brand's crisis mode, shown above the badge while it lasts. */
  crisis?: ActiveBrandWatch['crisis'];
  /** The badge the composer has shown since the page loaded, taken over (else a new one). */
  badge?: ComposerBadge;
}

type UndoEntry =
  | { kind: 'apply'; label: string; start: number; replacement: string; original: string; textAfter: string }
  | { kind: 'dismiss'; label: string; key: string };

/**
 * Everything OnBrand shows for one composer: the badge with its live count, the findings panel, underlines
 * and the fold marker, and the fixes the user applies through the editor. The caller tells it when the
 * composer's DOM changed and when to re-place its UI.
 */
export class ComposerSession {
  private readonly badge: ComposerBadge;
  private readonly crisisBanner = new CrisisBanner();
  private readonly panel: FindingsPanel;
  private readonly foldMarker = new FoldMarker();
  private readonly surface: UnderlineSurface;
  private count: DraftCount;
  /** The last full check and the text it was made on (its offsets refer to that text). */
  private findings: Finding[] = [];
  private checkedText = '';
  private readonly dismissed = new Set<string>();
  private readonly dueDraft: DueDraftOffer;
  private readonly undo: UndoEntry[] = [];
  private notice: string | null = null;
  private busy = false;
  private checkTimer: number | undefined;
  private lastCheckMs = 0;
  /** Set once the composer is gone or OnBrand was switched off: late timers and edits draw nothing. */
  private destroyed = false;
  /** Ends the listeners on the page's composer with the session. */
  private readonly listening = new AbortController();
  /** The composer's box while the user can see it, else null. */
  private box: DOMRect | null = null;
  /** The site's controls around the composer at the last placing (its Post button, its dialog's title). */
  private controls: readonly DOMRect[] = [];
  /** Where the caret was when the panel opened (text offsets), to put it back when the panel closes. */
  private caret: [number, number] | null = null;
  /** The text the last fix put in, tinted for a moment: offsets into `text`, the draft that fix left. */
  private changed: { start: number; end: number; text: string } | null = null;
  private changedTimer: number | undefined;

  constructor(
    private readonly composer: Element,
    private readonly site: SiteAdapter,
    private readonly options: SessionOptions,
  ) {
    this.surface =
      composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement
        ? new TextareaMirror(composer, options.mountIn)
        : new RangeUnderlines(composer, options.mountIn);
    this.dueDraft = new DueDraftOffer(site.id, options.actions);
    this.badge = options.badge ?? new ComposerBadge();
    this.badge.onActivate = () => this.togglePanel();
    this.badge.addToRoot(this.crisisBanner.element);
    this.panel = new FindingsPanel({
      onApply: (finding, action, byKeyboard) => void this.apply(finding, action, byKeyboard),
      onDismiss: (finding) => this.dismiss(finding),
      onUndo: () => void this.undoLast(),
      onClose: () => this.closePanel(true),
      onInsertScheduled: () => void this.insertScheduled(),
      onMarkPublished: () => void this.markPublished(),
      onKeepMarkets: () => void options.markets.keepAssumedMarkets(),
      onChangeMarkets: () => void options.actions.send('welcome.open', { section: 'markets' }),
    });
    // Tab from the badge goes on from the editor, as if the badge sat right after it in the document: focus
    // moves back to the editor before the browser's own Tab handling runs. Shift+Tab goes back to it.
    this.badge.button.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      if (event.shiftKey) event.preventDefault();
      (composer as HTMLElement).focus({ preventScroll: true });
    });
    // Where the caret was when the user left the editor (for the badge, say): put back when the panel closes.
    composer.addEventListener(
      'focusout',
      () => {
        this.caret = caretIn(composer);
      },
      { signal: this.listening.signal },
    );
    // The engine is most of OnBrand's start-up cost (parsing it, compiling the brand's rules): a draft needs only
    // its count until the user comes to write (a caption the site pre-filled with the file's name is not theirs
    // yet), so the engine loads then, or when the draft changes.
    for (const type of ['focusin', 'pointerdown'])
      composer.addEventListener(type, () => this.prepare(), { once: true, signal: this.listening.signal });
    if (!this.badge.host.isConnected) options.mountIn.append(this.badge.host);
    this.dueDraft.onPublishedLink = (error) => {
      if (this.destroyed) return;
      this.notice = error ? t('panelScheduledPublishFailed', error) : null;
      this.render();
    };
    void this.dueDraft.load().then((due) => {
      if (due && !this.destroyed) this.render();
    });
    this.count = countSurface('', site.id, options.countSettings());
    this.runCheck(false);
  }

  /**
   * The user came to write: loads the engine and checks the draft as it is. The first check compiles every
   * pattern (V8 compiles a regex when it first runs): done now, while the user is only placing the caret, not
   * on the first pause in typing.
   */
  prepare(): void {
    void this.options.actions
      .loadEngine()
      .then((loaded) => loaded && this.options.timers.idle(() => this.runCheck(), IDLE_TIMEOUT_MS));
  }

  /**
   * The composer's text may have changed. Only the count runs now (cheap on every keystroke); the full check
   * waits for a pause in typing, longer when checks have been slow, then for an idle moment.
   */
  textChanged(): void {
    const text = this.options.actions.read();
    this.count = countSurface(text, this.site.id, this.options.countSettings());
    this.badge.showCount(this.count);
    const { timers } = this.options;
    if (this.checkTimer !== undefined) timers.cancelTimeout(this.checkTimer);
    // The last check's cost, scaled down when the draft got shorter: a draft cut from 3,000 characters to 15
    // is checked at once, not after the pause the long one needed. Never scaled up: a check has a fixed
    // part, so extrapolating from a short draft would overshoot; the next check measures the longer one.
    const shrink = Math.min(1, (text.length + 1) / (this.checkedText.length + 1));
    const expectedCheckMs = this.lastCheckMs * shrink;
    const pause = Math.min(MAX_PAUSE_MS, MIN_PAUSE_MS + PAUSE_PER_CHECK_MS * expectedCheckMs);
    this.checkTimer = timers.timeout(() => {
      this.checkTimer = undefined;
      timers.idle(() => this.runCheck(), IDLE_TIMEOUT_MS);
    }, pause);
  }

  /** Checks again now: the brand or its rules changed. */
  recheck(): void {
    this.runCheck(false);
  }

  /** The badge's host element, for the caller's resize observer. */
  get badgeHost(): HTMLElement {
    return this.badge.host;
  }

  /**
   * Re-places the badge, the open panel and the fold marker beside the composer's box (scroll, resize, layout
   * changes), or hides them while the user cannot see or reach the composer (`null`: scrolled away, covered
   * by a modal, inert, in a hidden tab).
   */
  place(box: DOMRect | null, badge: DOMRect, controls: readonly DOMRect[]): void {
    this.box = box;
    this.controls = controls;
    this.badge.placeBeside(box, badge, controls);
    this.surface.place(box !== null);
    if (this.panel.isOpen) {
      if (box) this.placePanel(box);
      else this.closePanel(false);
    }
    this.placeFoldMarker();
  }

  /** Tab from the editor: focuses the badge while it is shown; false when there is none to focus. */
  focusBadge(): boolean {
    if (!this.badge.placed) return false;
    this.badge.focus();
    return true;
  }

  /** Opens the findings panel with focus on its first finding (the keyboard shortcut). */
  openPanel(): void {
    if (this.box && !this.panel.isOpen) this.togglePanel();
    else if (this.panel.isOpen) this.panel.focusCard(0);
  }

  destroy(): void {
    this.destroyed = true;
    this.listening.abort();
    this.dueDraft.stop();
    if (this.checkTimer !== undefined) this.options.timers.cancelTimeout(this.checkTimer);
    if (this.changedTimer !== undefined) this.options.timers.cancelTimeout(this.changedTimer);
    this.surface.destroy();
    this.badge.remove();
    this.panel.close();
    this.foldMarker.remove();
  }

  /** `loadEngine` false: the draft as the page put it there shows its count only, until the user comes. */
  private runCheck(loadEngine = true): void {
    if (this.destroyed || !this.composer.isConnected) return;
    // Runs when the brand's state arrives or changes, engine or not: the banner needs no check.
    this.crisisBanner.show(this.options.crisis?.() ?? null);
    const text = this.options.actions.read();
    const engine = this.options.actions.engine();
    if (!engine) {
      // Only the first check of a page waits for the engine: the count shows now, the findings as soon as it
      // is there. An empty draft has nothing to check yet, so it does not load the engine.
      if (text !== '' && loadEngine)
        void this.options.actions.loadEngine().then((loaded) => loaded && this.runCheck());
      this.count = countSurface(text, this.site.id, this.options.countSettings());
      this.badge.show(this.count, []);
      return;
    }
    const started = performance.now();
    const countSettings = this.options.countSettings();
    this.count = countSurface(text, this.site.id, countSettings);
    this.findings = engine.checkSurface(
      text,
      this.site.id,
      countSettings,
      // The count just shown in the badge: the engine does not count the same text again.
      { ...this.options.checkOptions(), count: this.count },
      this.options.lengthOfField,
    );
    this.lastCheckMs = performance.now() - started;
    this.reportFailures(engine);
    // An emptied composer is a new draft (often: the post was sent): dismissals and undo end with the old one.
    if (text === '' && this.checkedText !== '' && !this.busy) {
      this.dismissed.clear();
      this.undo.length = 0;
    }
    this.checkedText = text;
    this.render();
  }

  /**
   * A check that threw lost only its own findings; the background adds such failures up for Settings'
   * "Check diagnostics", where the user sees them (nothing in the page shows them).
   */
  private reportFailures(engine: CheckEngine): void {
    const failures = engine.takeCheckFailures();
    if (failures.length > 0) void this.options.actions.send('checks.reportFailures', { failures });
  }

  private render(): void {
    // Read before this render writes anything, so the read does not lay the page out again.
    const theme = this.readTheme();
    const text = this.checkedText;
    const visible = visibleFindings(this.findings, text, this.dismissed);
    this.badge.show(this.count, visible, lengthDismissed(this.dismissed));
    this.setTheme(theme);
    this.renderUnderlines(visible);
    this.placeFoldMarker();
    if (this.panel.isOpen) this.renderPanel();
  }

  /**
   * Light or dark like what the site paints behind the composer: read at each render (after each check and
   * when the panel renders), not per frame, where reading styles would cost a style recalculation each time;
   * a switch of the site's own theme is followed at once by composer-checks.ts.
   */
  readTheme(): Theme {
    return themeBehind(this.composer);
  }

  setTheme(theme: Theme): void {
    this.badge.setTheme(theme);
    this.panel.setTheme(theme);
    this.foldMarker.setTheme(theme);
  }

  private renderPanel(): void {
    const text = this.checkedText;
    const last = this.undo[this.undo.length - 1];
    const assumed = this.options.markets.assumedMarkets();
    this.panel.render({
      platformName: this.site.name,
      count: this.count,
      groups: groupFindings(this.findings, text, this.dismissed),
      cardOf: (finding) => findingCard(finding, text),
      assumedMarkets: assumed ? marketsInASentence(assumed) : null,
      fold: describeFold(text, PLATFORM_FOLDS[this.site.id], this.site.name),
      undoLabel: last?.label ?? null,
      notice: this.notice,
      busy: this.busy,
      scheduled: this.dueDraft.view,
    });
    if (this.box) this.placePanel(this.box);
  }

  /** The panel goes beside the composer and its badge together, so it covers neither, and off the site's controls. */
  private placePanel(box: DOMRect): void {
    const badge = this.badge.placed ?? this.badge.host.getBoundingClientRect();
    const left = Math.min(box.left, badge.left);
    const top = Math.min(box.top, badge.top);
    this.panel.placeBeside(
      new DOMRect(
        left,
        top,
        Math.max(box.right, badge.right) - left,
        Math.max(box.bottom, badge.bottom) - top,
      ),
      this.controls,
    );
  }

  private renderUnderlines(visible: Finding[]): void {
    const text = this.checkedText;
    const marks: TextMark[] = visible
      .filter((finding) => finding.end > finding.start)
      .map((finding) => ({ start: finding.start, end: finding.end, kind: finding.severity }));
    const fold = PLATFORM_FOLDS[this.site.id];
    if (fold && text.length > fold.from) marks.push({ start: fold.from, end: text.length, kind: 'fold' });
    // Only on the draft the fix left: once the user types on, its offsets no longer point at it.
    const changed = this.changed;
    if (changed && changed.text === text) marks.push({ ...changed, kind: 'changed' });
    this.surface.show(text, marks);
  }

  /** Tints what a fix put in (nothing for a deletion) until the moment passes. */
  private showChanged(start: number, length: number, text: string): void {
    const { timers } = this.options;
    if (this.changedTimer !== undefined) timers.cancelTimeout(this.changedTimer);
    this.changed = length > 0 ? { start, end: start + length, text } : null;
    this.changedTimer = timers.timeout(() => {
      this.changedTimer = undefined;
      this.changed = null;
      if (!this.destroyed)
        this.renderUnderlines(visibleFindings(this.findings, this.checkedText, this.dismissed));
    }, CHANGED_HIGHLIGHT_MS);
  }

  private placeFoldMarker(): void {
    const fold = PLATFORM_FOLDS[this.site.id];
    this.foldMarker.placeAt(
      fold && this.box ? this.surface.characterBox(fold.from) : null,
      this.box,
      this.badge.placed,
      this.controls,
    );
  }

  private togglePanel(): void {
    if (this.panel.isOpen) {
      this.closePanel(false);
      return;
    }
    // Open on the freshest findings, without waiting for the typing pause.
    if (this.checkTimer !== undefined) this.options.timers.cancelTimeout(this.checkTimer);
    this.checkTimer = undefined;
    this.caret = caretIn(this.composer) ?? this.caret;
    this.runCheck();
    this.renderPanel();
    this.panel.open();
    this.badge.setExpanded(true);
  }

  /** Closes the panel; `returnFocus` (Escape, ×) puts the caret back where it was, else on the badge. */
  private closePanel(returnFocus: boolean): void {
    this.panel.close();
    this.badge.setExpanded(false);
    this.notice = null;
    if (!returnFocus) return;
    if (this.caret) {
      (this.composer as HTMLElement).focus({ preventScroll: true });
      selectOffsets(this.composer, ...this.caret);
    } else {
      this.badge.focus();
    }
  }

  private async insertScheduled(): Promise<void> {
    if (!this.dueDraft.view || this.busy) return;
    this.busy = true;
    this.notice = null;
    this.renderPanel();
    const result = await this.dueDraft.insert();
    this.busy = false;
    if (result && result.status !== 'done') this.notice = noticeFor(result, this.dueDraft.text);
    this.runCheck();
  }

  private async markPublished(): Promise<void> {
    const error = await this.dueDraft.markPublished();
    if (error) this.notice = t('panelNoticeMarkPublishedFailed', error);
    this.render();
  }

  private async apply(finding: Finding, action: FindingAction, byKeyboard: boolean): Promise<void> {
    if (this.busy) return;
    const text = this.checkedText;
    const original = text.slice(finding.start, finding.end);
    // Applied from the keyboard, focus comes back to the panel after the editor took the edit.
    const card = byKeyboard ? this.panel.focusedCard() : -1;
    // The editor takes focus for the edit and gives it back: the caret to restore is the one from before.
    const caret = this.caret;
    this.busy = true;
    this.notice = null;
    this.renderPanel();
    const result = await this.options.actions.replace(finding.start, finding.end, action.replacement, text);
    this.busy = false;
    if (result.status === 'done') {
      this.undo.push({
        kind: 'apply',
        label: action.label,
        start: finding.start,
        replacement: action.replacement,
        original,
        textAfter: result.text,
      });
      this.showChanged(finding.start, action.replacement.length, result.text);
    } else {
      this.notice = noticeFor(result, action.replacement);
    }
    // Re-checks the edited draft and redraws the open panel.
    this.runCheck();
    if (card >= 0 && this.panel.isOpen) this.panel.focusCard(card);
    // Set last: moving focus back from the editor above records the caret the edit left there.
    this.caret =
      caret && result.status === 'done' ? shiftCaret(caret, finding, action.replacement.length) : caret;
  }

  private dismiss(finding: Finding): void {
    const key = findingKey(finding, this.checkedText);
    this.dismissed.add(key);
    this.undo.push({
      kind: 'dismiss',
      label: t('panelUndoDismiss', shorten(findingMessage(finding), 40)),
      key,
    });
    this.notice = null;
    this.render();
  }

  private async undoLast(): Promise<void> {
    const entry = this.undo[this.undo.length - 1];
    if (!entry || this.busy) return;
    if (entry.kind === 'dismiss') {
      this.undo.pop();
      this.dismissed.delete(entry.key);
      this.notice = null;
      this.render();
      return;
    }
    const text = this.options.actions.read();
    const end = entry.start + entry.replacement.length;
    // Only the exact text the fix left: after other edits the fix's offsets no longer point at it.
    if (text !== entry.textAfter) {
      this.undo.pop();
      this.notice = t('panelNoticeUndoDraftChanged');
      this.render();
      return;
    }
    this.busy = true;
    this.renderPanel();
    const result = await this.options.actions.replace(entry.start, end, entry.original, text);
    this.busy = false;
    if (result.status === 'done') {
      this.undo.pop();
      this.showChanged(entry.start, entry.original.length, result.text);
    } else {
      this.notice = noticeFor(result, entry.original);
    }
    // Re-checks the edited draft and redraws the open panel.
    this.runCheck();
  }
}

/** What to tell the user when an edit did not go through as planned. */
function noticeFor(result: InsertResult, wanted: string): string {
  const clipboard = result.copied
    ? t('panelNoticeOnClipboard', quoted(shorten(wanted, 30)))
    : wanted === ''
      ? t('panelNoticeDeleteByHand')
      : t('panelNoticeTypeByHand', quoted(shorten(wanted, 60)));
  switch (result.status) {
    case 'stale':
      return t('panelNoticeStale');
    case 'not-editable':
      return t('panelNoticeNotEditable');
    case 'wrong':
      return `${t('panelNoticeWrong')} ${clipboard}`;
    default:
      return `${t('panelNoticeNotTaken')} ${clipboard}`;
  }
}

/** The caret in the composer as text offsets; a textarea keeps its selection while another element has focus. */
function caretIn(composer: Element): [number, number] | null {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    return [composer.selectionStart ?? 0, composer.selectionEnd ?? 0];
  }
  return caretOffsets(composer);
}

/** The caret after a fix replaced `finding`'s span with `added` characters: it moves with the text after it. */
function shiftCaret(caret: [number, number], finding: Finding, added: number): [number, number] {
  const shift = (offset: number) =>
    offset < finding.start
      ? offset
      : Math.max(finding.start + added, offset + added - (finding.end - finding.start));
  return [shift(caret[0]), shift(caret[1])];
}
