import type * as z from 'zod/mini';
import { t } from './i18n';

type Read<T> = { ok: true; value: T } | { ok: false; error: string };

/** A file the user picked, parsed as JSON, or the sentence that tells them why it isn't (imports and restores). */
export function parseJsonFile(text: string): Read<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: t('backupNotJson', error instanceof Error ? error.message : String(error)) };
  }
}

/**
 * A file in one of OnBrand's own formats (a backup, a guidelines pack): JSON whose envelope names the format
 * and the version of its shape. A version newer than this build knows is refused rather than guessed at.
 */
export function readFormatFile<T extends { formatVersion: number }>(
  text: string,
  envelopeSchema: z.ZodMiniType<T>,
  format: { newestVersion: number; notThisFormat: () => string; newerVersion: (version: number) => string },
): Read<T> {
  const parsed = parseJsonFile(text);
  if (!parsed.ok) return parsed;
  const envelope = envelopeSchema.safeParse(parsed.value);
  if (!envelope.success) return { ok: false, error: format.notThisFormat() };
  if (envelope.data.formatVersion > format.newestVersion) {
    return { ok: false, error: format.newerVersion(envelope.data.formatVersion) };
  }
  return { ok: true, value: envelope.data };
}
