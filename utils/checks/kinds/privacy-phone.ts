import type { Check } from '../context';
import { PHONE_PLANS, PHONE_WORDS } from '../packs/phone-plans';
import { digitsOf, isOwnContact, overlapsAny, privacyFinding } from '../privacy';
import type { Finding } from '../types';
import { ibanSpans } from './privacy-iban';
import { orderNumberSpans } from './privacy-order-number';

/**
 * A run of digits with the separators phone numbers are written with (space, hyphen, dot, slash, brackets),
 * optionally after "+". One character class, so the scan is linear; what the run is gets decided below.
 */
const CANDIDATE = /(?<![\p{L}\p{N}_.,/+#@=&-])(?<!\d:)(?:\+|\(\+?)?\d[\d \u00a0()./-]*\d\)?/gu;

/** US/Canada (NANP) in its national formats: (201) 555-0123, 201-555-0123, 201.555.0123, 1 201 555 0123. */
const NANP = /^(?:1[ .-]?)?(?:\([2-9]\d\d\) ?|[2-9]\d\d[ .-])[2-9]\d\d[ .-]\d{4}$/;
/** India's mobile numbers without a prefix, as Indians write them: 98765 43210. */
const INDIA_MOBILE = /^[6-9]\d{4} \d{5}$/;
/** Trunk-prefixed national numbers (UK, Germany, France, India, and the EU countries that dial a leading 0). */
const TRUNK = /^\(?0[1-9]/;
/** Mobile ranges written without spaces often enough: UK 07, DE 015–017, FR/NL/AT 06/07, IN 6–9. */
const MOBILE_BLOCK = /^(?:07\d{9}|01[5-7]\d{8,9}|0[67]\d{8}|06\d{8,11}|0?[6-9]\d{9})$/;
/** Calendar dates and times share the shape; they are not phone numbers. */
const DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
/** Freephone numbers are a business's line, never a customer's (US 8XX, UK 0800/0808, DE/FR 080X). */
const FREEPHONE = /^(?:1?8(?:00|33|44|55|66|77|88)\d{7}|080\d{7,9})$/;

type Verdict = 'phone' | 'maybe' | 'no';

function international(raw: string, digits: string): Verdict {
  const national = digits.startsWith('00') ? digits.slice(2) : digits;
  // "+44 (0)20 …": the bracketed trunk 0 is not dialled from abroad.
  const dialled = raw.includes('(0)') ? national.replace(/^(\d{1,3})0/, '$1') : national;
  for (const plan of PHONE_PLANS) {
    if (!dialled.startsWith(plan.callingCode)) continue;
    const length = dialled.length - plan.callingCode.length;
    return length >= plan.min && length <= plan.max ? 'phone' : 'no';
  }
  // Another country's number is a customer's number all the same (E.164 allows up to 15 digits).
  return dialled.length >= 8 && dialled.length <= 15 ? 'phone' : 'no';
}

function national(raw: string, digits: string): Verdict {
  if (DATE.test(raw) || FREEPHONE.test(digits)) return 'no';
  const spaced = raw.replace(/\u00a0/g, ' ');
  if (NANP.test(spaced) || INDIA_MOBILE.test(spaced)) return 'phone';
  if (MOBILE_BLOCK.test(digits)) return 'phone';
  if (TRUNK.test(raw) && digits.length >= 9 && digits.length <= 13) {
    // Grouped like a phone number: separators between groups, never a long unbroken block after a short one.
    return /[ ./()-]/.test(raw) ? 'phone' : 'maybe';
  }
  return digits.length >= 8 && digits.length <= 12 ? 'maybe' : 'no';
}

/**
 * A phone number in the formats of the supported markets: international (+CC or 00CC, checked against the
 * country's number lengths) anywhere; national numbers in their usual groupings; and any other 8–12 digit
 * number right after a word like "phone", "Handy" or "numéro".
 */
export const privacyPhone: Check = (draft) => {
  const { text } = draft;
  if (!/\d{2}/.test(text)) return [];
  const findings: Finding[] = [];
  let claimed: ReturnType<typeof orderNumberSpans> | undefined;
  for (const match of text.matchAll(CANDIDATE)) {
    // A bracket that opens no group is punctuation around the number, not part of it.
    let raw = match[0];
    let start = match.index;
    if (raw.endsWith(')') && !raw.includes('(')) raw = raw.slice(0, -1);
    if (raw.startsWith('(') && !raw.includes(')')) {
      raw = raw.slice(1);
      start++;
    }
    const digits = digitsOf(raw);
    if (digits.length < 7 || digits.length > 17) continue;
    // Two separators in a row ("10 - 12") join two numbers, not the parts of one.
    if (/[ ./-]{2}/.test(raw.replace(/\) |\)-| \(/g, ')'))) continue;
    const isInternational = raw.startsWith('+') || raw.startsWith('(+') || /^00[1-9]/.test(raw);
    let verdict = isInternational ? international(raw, digits) : national(raw, digits);
    if (verdict === 'maybe')
      verdict = PHONE_WORDS.test(text.slice(Math.max(0, start - 40), start)) ? 'phone' : 'no';
    if (verdict !== 'phone') continue;
    const end = start + raw.length;
    // Digit groups of an IBAN or an order number are reported by their own checks.
    claimed ??= [...orderNumberSpans(draft), ...ibanSpans(draft)];
    if (overlapsAny(claimed, start, end) || isOwnContact(draft, 'phone', raw)) continue;
    findings.push(privacyFinding(draft, 'privacy-phone', { start, end }, 'error', 'A phone number'));
  }
  return findings;
};
