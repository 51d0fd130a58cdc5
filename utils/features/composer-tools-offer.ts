import { replaceRange } from '@/utils/editors/insert';
import { readComposer } from '@/utils/editors/read-composer';
import { setNumberShape } from '@/utils/i18n';
import { ComposerSession } from './composer-session';
import type { ComposerTools } from './composer-tools';
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
      },
    }),
  startSavedReplies,
};
