import { t } from '../i18n';
import { ExportFileError } from './export-file';
import { AnalyticsImportError } from './import-export';
import { WebStatsImportError } from './web-stats-import';

/**
 * Why an analytics or web-analytics import stored nothing, in the UI language. OnBrand's own refusals of a
 * file already are a sentence in it; anything else (the database's, the browser's words: English) comes after
 * "Details:", behind one.
 */
export function importErrorText(error: unknown): string {
  if (
    error instanceof AnalyticsImportError ||
    error instanceof WebStatsImportError ||
    error instanceof ExportFileError
  )
    return error.message;
  return t('importFailedInBrowser', error instanceof Error ? error.message : String(error));
}
