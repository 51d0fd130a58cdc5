import type { Check } from '../context';
import { overlapsAny, privacyFinding } from '../privacy';
import type { Finding } from '../types';
import { ibanSpans } from './privacy-iban';

/** 13 to 19 digits, written together or in groups split by spaces or hyphens. */
const CARD_CANDIDATE = /(?<![\p{L}\d+.,/#-])\d(?:[ -]?\d){12,18}(?![\d-])/gu;

/** How card numbers are printed: 4-4-4-4(-3), American Express 4-6-5, Diners 4-6-4; or in one block. */
const GROUPINGS = /^(?:\d{13,19}|\d{4}(?:([ -])\d{4}){2,3}(?:\1\d{1,4})?|\d{4}([ -])\d{6}\2\d{4,5})$/;

/** The Luhn check digit test (ISO/IEC 7812-1) that every payment card number passes. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * A payment card number: the grouping cards are printed in, a Luhn-valid number, and a first digit of a card
 * network (2 Mastercard, 3 American Express/Diners/JCB, 4 Visa, 5 Mastercard/Maestro, 6 Discover/UnionPay/RuPay,
 * 8 RuPay).
 */
export const privacyCard: Check = (draft) => {
  const findings: Finding[] = [];
  for (const match of draft.text.matchAll(CARD_CANDIDATE)) {
    const raw = match[0];
    if (!GROUPINGS.test(raw)) continue;
    const digits = raw.replace(/\D/g, '');
    if (!/^[2-68]/.test(digits) || !luhnValid(digits)) continue;
    if (overlapsAny(ibanSpans(draft), match.index, match.index + raw.length)) continue;
    findings.push(
      privacyFinding(
        draft,
        'privacy-card',
        { start: match.index, end: match.index + raw.length },
        'error',
        'A payment card number (which PCI DSS forbids sending unprotected)',
        'https://www.pcisecuritystandards.org/faq/articles/Frequently_Asked_Question/are-merchants-allowed-to-request-that-cardholder-data-be-provided-over-end-user-messaging-technologies',
      ),
    );
  }
  return findings;
};
