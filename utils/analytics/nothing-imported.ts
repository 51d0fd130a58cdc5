import { t } from '../i18n';
import { refusalText } from '../refusal';

/**
 * What the analytics page says when an export or a web-analytics file is not imported, in the import's
 * notice and in its preview alike: "Nothing was imported:" and OnBrand's refusal of the file, or the
 * browser's words behind a sentence (refusalText's lower-case sentence is written to follow it, never to
 * stand alone).
 */
export function nothingImportedText(error: unknown): string {
  return t('analyticsNothingImported', refusalText(error));
}
