import { type MessageKey, t } from '@/utils/i18n';

const STYLE = `
  :host { all: initial; display: block; width: max-content; margin: 6px 0; font: 600 12px/18px system-ui, sans-serif; }
  button {
    display: inline-flex; align-items: center; gap: 6px; padding: 2px 10px; border-radius: 999px;
    font: inherit; color: #1d2939; background: #fff; border: 1px solid #d0d5dd; cursor: pointer;
  }
  button:hover { background: #f2f4f7; }
  button:focus-visible { outline: 2px solid #2e90fa; outline-offset: 1px; }
  button[data-state="saved"] { color: #067647; border-color: #75e0a7; background: #ecfdf3; }
  button[data-state="error"] { color: #b42318; border-color: #fda29b; }
  button[disabled] { cursor: progress; opacity: 0.7; }
  /* Every label in one grid cell, only the current one visible: the button is as wide as its widest label
     in every state, so its size never tells the page which posts are in the library. */
  .labels { display: inline-grid; }
  .labels > span { grid-area: 1 / 1; white-space: nowrap; }
  .labels > .sizer { visibility: hidden; }
`;

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';
/** What the feed shows the post as; ads and reposts are named on the button. */
export type PostKind = 'post' | 'ad' | 'repost';

/**
 * The labels every button shows from the page load on (its idle text and, as a sizer, its saved text): these
 * are in utils/i18n `SENT_AT_LOAD`, so a feed's page load reads no catalogue. The rest are read on a click.
 */
const IDLE_LABEL = {
  post: 'saveButtonPost',
  ad: 'saveButtonAd',
  repost: 'saveButtonRepost',
} as const satisfies Record<PostKind, MessageKey>;
const SAVED_LABEL = {
  post: 'saveButtonSavedPost',
  ad: 'saveButtonSavedAd',
  repost: 'saveButtonSavedRepost',
} as const satisfies Record<PostKind, MessageKey>;

/**
 * The "Save to OnBrand" button on one feed post. Its inside is a closed shadow root: the page can't read
 * whether the user saved a post earlier. `data-onbrand-saved` on the host is set only after a click in
 * this page (the page saw the click anyway), for tests and page styles.
 */
export class SaveButton {
  readonly host: HTMLElement;
  /** The site's id of the post this button stands for; changes when the feed recycles the element. */
  postKey: string | undefined;
  permalink: string | undefined;
  private readonly button: HTMLButtonElement;
  private readonly label: HTMLElement;
  private readonly idleSizer: HTMLElement;
  private readonly savedSizer: HTMLElement;
  private kind: PostKind = 'post';

  constructor(onClick: (button: SaveButton) => void) {
    this.host = document.createElement('onbrand-save');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    // Set before the element is attached so strict page CSPs still apply it (sites.md §6).
    style.textContent = STYLE;
    this.button = document.createElement('button');
    this.button.type = 'button';
    const labels = document.createElement('span');
    labels.className = 'labels';
    this.label = document.createElement('span');
    this.idleSizer = document.createElement('span');
    this.savedSizer = document.createElement('span');
    this.idleSizer.className = this.savedSizer.className = 'sizer';
    this.idleSizer.ariaHidden = this.savedSizer.ariaHidden = 'true';
    labels.append(this.idleSizer, this.savedSizer, this.label);
    this.button.append(labels);
    root.append(style, this.button);
    this.button.addEventListener('click', (event) => {
      // The post around us is usually a link: saving must not navigate.
      event.preventDefault();
      event.stopPropagation();
      if (!this.button.disabled) onClick(this);
    });
    this.show('idle');
  }

  /** Points the button at another post (a recycled element), forgetting the last one's state. */
  rekey(postKey: string | undefined, permalink: string | undefined, kind: PostKind): void {
    this.postKey = postKey;
    this.permalink = permalink;
    this.kind = kind;
    this.host.dataset.onbrandKind = kind;
    delete this.host.dataset.onbrandSaved;
    this.show('idle');
  }

  show(state: SaveState, detail?: string): void {
    this.button.dataset.state = state;
    this.button.disabled = state === 'saving';
    const idle = t(IDLE_LABEL[this.kind]);
    const saved = t(SAVED_LABEL[this.kind]);
    const label =
      state === 'idle'
        ? idle
        : state === 'saved'
          ? saved
          : t(state === 'saving' ? 'saveButtonSaving' : 'saveButtonError');
    // A failure's reason is a sentence or two: it goes in the tooltip, where it is read whole, not cut short
    // beside the label on a button the size of a feed's own.
    this.label.textContent = detail && state !== 'error' ? `${label} · ${detail}` : label;
    this.idleSizer.textContent = idle;
    this.savedSizer.textContent = saved;
    this.button.title =
      state === 'saved'
        ? t('saveButtonSavedHint')
        : state === 'error'
          ? detail
            ? t('saveButtonErrorReasonHint', detail)
            : t('saveButtonErrorHint')
          : t('saveButtonHint');
  }

  markSavedHere(): void {
    this.host.dataset.onbrandSaved = 'true';
  }
}
