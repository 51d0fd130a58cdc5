import type { Check, DraftContext } from '../context';
import { IBAN_LENGTHS } from '../packs/iban-lengths';
import { privacyFinding } from '../privacy';
import type { Span } from '../text';

/** Two letters, two check digits, then letters and digits, optionally in groups of four. */
const IBAN_START = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}/g;

/** ISO 13616's check: the number with its first four characters moved to the end, read in base 36, mod 97 is 1. */
export function ibanChecksumValid(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of moved) {
    const value = Number.parseInt(char, 36);
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/** The IBANs in the draft; the phone and card checks leave their digit groups to this one. */
export function ibanSpans(draft: DraftContext): Span[] {
  return draft.memo('privacy', 'iban', () => {
    const spans: Span[] = [];
    if (!/[A-Z]{2}\d\d/.test(draft.text)) return spans;
    for (const match of draft.text.matchAll(IBAN_START)) {
      const raw = match[0];
      const length = IBAN_LENGTHS.get(raw.slice(0, 2));
      if (!length) continue;
      // The pattern runs on into a following code in capitals; cut at the country's length, which must end
      // where the text's characters end.
      let compact = '';
      let end = 0;
      while (end < raw.length && compact.length < length) {
        if (raw[end] !== ' ') compact += raw[end];
        end++;
      }
      if (compact.length !== length || /[A-Za-z0-9]/.test(draft.text[match.index + end] ?? '')) continue;
      if (ibanChecksumValid(compact)) spans.push({ start: match.index, end: match.index + end });
    }
    return spans;
  });
}

/** A bank account number (IBAN) with a valid length for its country and a valid checksum. */
export const privacyIban: Check = (draft) =>
  ibanSpans(draft).map((span) =>
    privacyFinding(draft, 'privacy-iban', span, 'error', 'A bank account number (IBAN)'),
  );
