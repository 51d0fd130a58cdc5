import { replaceRange } from '@/utils/editors/insert';
import { readComposer } from '@/utils/editors/read-composer';
import { setNumberShape } from '@/utils/i18n';
import { ComposerSession } from './composer-session';
import type { ComposerTools } from './composer-tools';
import { PUBLISHED_LINK_SHAPES, watchPublishedLink } from './published-link';
import { startSavedReplies } from './saved-replies';

/** The composer tools as `composer-tools.js` offers them (composer-tools.ts); the welcome page bundles them. */
export const COMPOSER_TOOLS: ComposerTools = {
  setNumberShape,
  createSession: (ctx, composer, site, options) =>
    new ComposerSession(composer, site, {
      ...options,
      actions: {
        ...options.actions,
        read: () => readComposer(composer),
        replace: (start, end, text, expectedText) =>
          replaceRange(composer, start, end, text, { ctx, expectedText }),
        watchPublished: (onLink) => {
          const shape = PUBLISHED_LINK_SHAPES[site.id];
          return (
            shape &&
            watchPublishedLink({ shape, signal: ctx.signal, account: () => site.currentAccount?.(), onLink })
          );
        },
      },
    }),
  startSavedReplies,
};
