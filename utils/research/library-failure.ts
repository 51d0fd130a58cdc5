import { type MessageKey, t } from '../i18n';
import type { LibraryFailure } from './library-protocol';

const SENTENCE = {
  load: 'researchLibraryNotLoaded',
  update: 'researchLibraryNotUpdated',
  request: 'researchLibraryNoAnswer',
} as const satisfies Record<LibraryFailure, MessageKey>;

/**
 * What the research page says when its library worker could not do something, in the UI language, with the
 * database's or the browser's own words (English) after "Details:". The worker has no catalogue to word it.
 */
export function libraryFailureText(failed: LibraryFailure, detail: string): string {
  return t(SENTENCE[failed], detail);
}
