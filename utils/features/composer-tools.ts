import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { caretOffsets } from '@/utils/editors/caret';
import { readComposer } from '@/utils/editors/read-composer';
import { numberShape } from '@/utils/i18n';
import type { NumberShape } from '@/utils/i18n/number-shape';
import {
  looksLikeShortcut,
  type ShortcutTrigger,
  shortcutTrigger,
  typesCharacter,
} from '@/utils/replies/shortcut';
import type { SiteAdapter } from '@/utils/sites/types';
import type { ComposerSession, SessionActions, SessionOptions } from './composer-session';
import type { FeatureEnv } from './feature';
import { loadScript } from './lazy-script';

/** What the session needs from the content script itself: the engine it loads once per frame, messaging. */
export type PageActions = Pick<SessionActions, 'engine' | 'loadEngine' | 'send'>;

/** Saved replies in a page, once started: what the keys pressed while they were loading asked for. */
export interface SavedRepliesHandle {
  /** `typed`: characters typed after asking for it that the picker's search should start with. */
  openPicker(editor: Element, typed?: string): void;
  /** Space or Tab after `;;word`, held while loading: expands the shortcut, or types the Space it was. */
  holdTrigger(editor: Element, before: string, caret: number, trigger: ShortcutTrigger): void;
}

/**
 * What `composer-tools.js` (entrypoints/composer-tools.ts) offers once injected: everything a composer needs
 * after the user comes to write (the platform's counting, the findings panel, underlines, the fold marker,
 * fixes through the editor) and the saved replies. Until then a composer has only its badge
 * (waiting-composer.ts).
 */
export interface ComposerTools {
  /** Its own copy of utils/i18n learns the UI language's number shape the content script was sent. */
  setNumberShape(shape: NumberShape): void;
  createSession(
    ctx: ContentScriptContext,
    composer: Element,
    site: SiteAdapter,
    options: Omit<SessionOptions, 'actions'> & { actions: PageActions },
  ): ComposerSession;
  startSavedReplies(env: FeatureEnv): SavedRepliesHandle;
}

/** Loads the composer tools once per frame; undefined when the background could not inject them. */
export async function loadComposerTools(): Promise<ComposerTools | undefined> {
  const tools = await loadScript<ComposerTools>('composer-tools');
  const shape = numberShape();
  if (tools && shape) tools.setNumberShape(shape);
  return tools;
}

/**
 * Saved replies start when the user first comes to a composer (focus, a pointer or a key in it), with the
 * composer tools. Keys that ask for a reply while those load are held and handed on: Alt+Shift+R opens the
 * picker, Space or Tab after `;;word` expands it. Only the user's own keys (saved-replies.ts says why).
 */
export function startSavedRepliesWhenUsed(env: FeatureEnv): void {
  const { site, signal } = env;
  const composerSelector = site.surfaces.map((surface) => surface.selector).join(', ');
  const composerOf = (event: Event): Element | null => {
    const target = event.composedPath()[0];
    return target instanceof Element ? target.closest(composerSelector) : null;
  };
  const waiting = new AbortController();
  signal.addEventListener('abort', () => waiting.abort(), { once: true });
  let started: Promise<SavedRepliesHandle | undefined> | undefined;
  const start = () => {
    started ??= loadComposerTools().then((tools) => {
      waiting.abort();
      return tools && !signal.aborted ? tools.startSavedReplies(env) : undefined;
    });
    return started;
  };
  const onFocusIn = (event: Event) => {
    if (composerOf(event)) void start();
  };
  /** What the user typed after Alt+Shift+R while the tools load: the picker's search, not the editor's. */
  let forPicker: string | undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    if (forPicker !== undefined && event.isTrusted && !event.isComposing) {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (typesCharacter(event)) forPicker += event.key;
      return;
    }
    const editor = composerOf(event);
    if (!editor) return;
    const pending = start();
    if (!event.isTrusted) return;
    if (event.code === 'KeyR' && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      event.stopImmediatePropagation();
      forPicker = '';
      void pending.then((replies) => {
        const typed = forPicker;
        forPicker = undefined;
        replies?.openPicker(editor, typed);
      });
      return;
    }
    const trigger = shortcutTrigger(event);
    const caret = trigger ? caretOffsets(editor) : null;
    if (!trigger || !caret || caret[0] !== caret[1]) return;
    const text = readComposer(editor);
    if (!looksLikeShortcut(text, caret[0])) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void pending.then((replies) => replies?.holdTrigger(editor, text, caret[0], trigger));
  };
  const options = { capture: true, signal: waiting.signal };
  document.addEventListener('focusin', onFocusIn, options);
  document.addEventListener('keydown', onKeyDown, options);
  document.addEventListener('pointerdown', onFocusIn, options);
}
