import { t } from '../i18n';
import { errorDetail } from '../refusal';
import { InvalidRecordError, RecordInputError } from './table-repository';

/**
 * Why a record the user edited in the dashboard or the popup was not saved, in the UI language: OnBrand's
 * refusal of what they typed or did (already worded for them), the record's own problems (worded from the
 * catalogue and zod's UI-language refusals), or the database's words (Dexie's, the browser's: English) after
 * "Details:". An InvalidRecordError's own message is for logs.
 */
export function saveFailureText(error: unknown): string {
  if (error instanceof RecordInputError) return t('recordNotSaved', error.message);
  if (error instanceof InvalidRecordError) return t('recordNotSaved', error.detail);
  return t('recordSaveFailed', errorDetail(error));
}
