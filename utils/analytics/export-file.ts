// How an exported file's bytes become text, for both imports (platform exports and web analytics).
import { t } from '../i18n';
import { Refusal } from '../refusal';

/** A file that is not an export OnBrand reads, with a sentence in the UI language saying what to do instead. */
export class ExportFileError extends Refusal {
  constructor(message: string) {
    super(message);
    this.name = 'ExportFileError';
  }
}

/**
 * Whether a file is an Excel workbook rather than text: a legacy `.xls` (BIFF in a Compound File, whose header
 * starts D0 CF 11 E0 A1 B1 1A E1, [MS-CFB] §2.2) or an `.xlsx` (a ZIP archive, local file header "PK\x03\x04",
 * ECMA-376 Part 2 / APPNOTE 4.3.7). LinkedIn's page analytics export is the former (docs/analytics.md).
 */
export function isWorkbook(bytes: Uint8Array): boolean {
  const starts = (signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);
  return starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) || starts([0x50, 0x4b, 0x03, 0x04]);
}

/**
 * The text of an exported file: Matomo writes its CSV in UTF-16 (little endian, with a byte order mark) so
 * spreadsheets open it; the others write UTF-8.
 */
export function decodeExport(bytes: Uint8Array): string {
  // A workbook is refused with what to do: its bytes decoded as text would be read as a column-less table.
  if (isWorkbook(bytes)) throw new ExportFileError(t('analyticsImportWorkbook'));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
