import * as z from 'zod/mini';
import { type Guidelines, validateGuidelines } from '../checks/guidelines';
import { formatNumber, t } from '../i18n';
import { readFormatFile } from '../json-file';

/**
 * A guidelines pack is the file a team shares (exported, imported, or served at a URL a brand subscribes
 * to). `formatVersion` is the shape of the file, not of the rules inside (that is `guidelines.version`):
 * a reader refuses a format newer than it knows instead of guessing at fields it has never seen.
 */
export const PACK_FORMAT = 'onbrand-guidelines-pack';
export const PACK_FORMAT_VERSION = 1;
/** Far above any real pack (2,000 rules); stops a wrong URL from filling memory. */
export const MAX_PACK_BYTES = 2_000_000;

const EnvelopeSchema = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.number().check(z.int(), z.minimum(1)),
  guidelines: z.unknown(),
});

export type PackResult = { ok: true; guidelines: Guidelines } | { ok: false; errors: string[] };

export function exportPack(guidelines: Guidelines, now = new Date()): string {
  return `${JSON.stringify(
    { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, exportedAt: now.toISOString(), guidelines },
    null,
    2,
  )}\n`;
}

/** Reads a pack file; every problem comes back as a sentence naming the field, and nothing is half-read. */
export function parsePack(text: string): PackResult {
  if (text.length > MAX_PACK_BYTES) {
    return {
      ok: false,
      errors: [t('guidelinesPackTooBig', formatNumber(text.length), formatNumber(MAX_PACK_BYTES))],
    };
  }
  const envelope = readFormatFile(text, EnvelopeSchema, {
    newestVersion: PACK_FORMAT_VERSION,
    notThisFormat: () => t('guidelinesPackNotPack', PACK_FORMAT),
    newerVersion: (version) => t('guidelinesPackNewerFormat', version, PACK_FORMAT_VERSION),
  });
  if (!envelope.ok) return { ok: false, errors: [envelope.error] };
  const result = validateGuidelines(envelope.value.guidelines);
  if (!result.ok) {
    return {
      ok: false,
      errors: result.errors.map(
        (e) => `${e.field === '' ? 'guidelines' : `guidelines.${e.path}`}: ${e.message}`,
      ),
    };
  }
  return { ok: true, guidelines: result.guidelines };
}
