import { t } from './i18n';

/** A file the user picked, parsed as JSON, or the sentence that tells them why it isn't (imports and restores). */
export function parseJsonFile(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: t('backupNotJson', error instanceof Error ? error.message : String(error)) };
  }
}
