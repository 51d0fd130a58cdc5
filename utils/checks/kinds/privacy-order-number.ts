import type { Check, DraftContext } from '../context';
import { findAll } from '../find';
import { overlapsAny, privacyFinding } from '../privacy';
import type { Span } from '../text';
import type { Finding } from '../types';

/**
 * An order, ticket, case or customer number named as such ("order #4471-2209", "Bestellnummer 1002345",
 * "commande n° 58812"): the id must hold at least five digits, so "order 2 more" or "ticket to ride" pass.
 */
const NAMED_NUMBER =
  /(?<![\p{L}\p{N}])(?:order|ticket|case|booking|reservation|confirmation|invoice|reference|ref\.?|customer|account|bestell(?:ung)?|auftrag(?:s)?|vorgang(?:s)?|rechnung(?:s)?|kunden|buchung(?:s)?|commande|dossier|r[ée]servation|facture|client)(?:[ -]?(?:number|no\.?|nr\.?|nummer|num[ée]ro|n[°º]|#|id))?(?: (?:is|was|ist|war|lautet|est))?[ :#.-]{0,3}(?<id>#?(?=(?:[A-Z-]*\d){5})[A-Z0-9][A-Z0-9-]{4,29})(?![\p{L}\p{N}])/giu;

/** The words NAMED_NUMBER starts with, searched first with its own flags: most posts name no order. */
const NAMES =
  /order|ticket|case|booking|reservation|confirmation|invoice|ref|customer|account|bestell|auftrag|vorgang|rechnung|kunden|buchung|commande|dossier|r[ée]servation|facture|client/iu;

/** The spans holding the brand's order numbers; the phone and card checks leave them to this one. */
export function orderNumberSpans(draft: DraftContext): Span[] {
  return draft.memo('privacy', 'order-number', () => {
    const spans: Span[] = [];
    for (const pattern of draft.privacy.orderPatterns ?? []) {
      for (const { start, end } of findAll(draft, pattern, { ignorecase: false, wordBounded: true })) {
        if (!overlapsAny(spans, start, end)) spans.push({ start, end });
      }
    }
    const named = NAMES.test(draft.text) ? draft.text.matchAll(NAMED_NUMBER) : [];
    for (const match of named) {
      const id = match.groups?.id ?? '';
      const end = match.index + match[0].length;
      // "#4471220": the hash goes with the number, so the fix leaves none behind.
      const start = end - id.length - (id.startsWith('#') || draft.text[end - id.length - 1] !== '#' ? 0 : 1);
      if (!overlapsAny(spans, start, end)) spans.push({ start, end });
    }
    return spans.sort((a, b) => a.start - b.start);
  });
}

/** An order or ticket number in a public post: it links the customer to what they bought or reported. */
export const privacyOrderNumber: Check = (draft) => {
  const findings: Finding[] = [];
  for (const span of orderNumberSpans(draft)) {
    findings.push(
      privacyFinding(draft, 'privacy-order-number', span, 'warning', 'An order or ticket number'),
    );
  }
  return findings;
};
