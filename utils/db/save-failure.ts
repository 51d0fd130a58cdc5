import { t } from '../i18n';
import { errorDetail } from '../refusal';
import { InvalidRecordError } from './table-repository';

/**
 * Why a record the user edited in the dashboard was not saved, in the UI language: the record's own problems
 * (worded from the catalogue and zod's UI-language refusals), or the database's words (Dexie's, the
 * browser's: English) after "Details:". An InvalidRecordError's own message is for logs.
 */
export function saveFailureText(error: unknown): string {
  if (error instanceof InvalidRecordError) return t('recordNotSaved', error.detail);
  return t('recordSaveFailed', errorDetail(error));
}
