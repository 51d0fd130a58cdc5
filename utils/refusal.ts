import { DamagedRecordError, RecordInputError } from './db/table-repository';
import { t } from './i18n';

/**
 * OnBrand's own refusal of what the user gave it (a file it cannot import, an export with nothing in it): its
 * message is already a sentence in the UI language, shown as it is.
 */
export class Refusal extends Error {}

/**
 * Why an import or export did nothing, in the UI language, for after "Nothing was imported:". OnBrand's own
 * refusals as they are; anything else (the database's, the browser's or a library's words: English) comes
 * after "Details:", behind a sentence.
 */
export function refusalText(error: unknown): string {
  if (error instanceof Refusal) return error.message;
  return t('importFailedInBrowser', errorDetail(error));
}

/** The words an error came with (the database's, the browser's, a library's), for after "Details:". */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Why the background could not do what a page, the popup or a composer asked, for it to show: OnBrand's own
 * refusals (of a file, of what was typed, a damaged saved copy) as they are, worded in the UI language;
 * anything else (the database's or the browser's words, a handler's refusal of a forged sender) behind a
 * sentence in the UI language, its words after "Details:".
 */
export function backgroundFailureText(error: unknown): string {
  if (error instanceof Refusal || error instanceof RecordInputError || error instanceof DamagedRecordError)
    return error.message;
  return t('backgroundFailed', errorDetail(error));
}
