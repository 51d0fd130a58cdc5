import type { MessageKey } from '@/utils/i18n/message-key';
import type { DraftContext } from './context';
import { PHONE_PLANS } from './packs/phone-plans';
import { type Finding, type Severity, worded } from './types';

/**
 * What the privacy checks need to know about the brand. Everything is optional: without it, every
 * personal-data shape in the draft is flagged and the fix is a default sentence in the post's language.
 */
export interface PrivacyOptions {
  /**
   * The brand's own published support contacts (e-mail addresses, phone numbers, a postal address): the
   * brand may repeat these in public, so they are never flagged.
   */
  ownContacts?: readonly string[];
  /** The brand's order and ticket number formats, as regular expressions (checked for safety when saved). */
  orderPatterns?: readonly string[];
  /** The brand's "please send us a DM" text, offered as the fix. */
  dmReply?: string;
}

/** The law every privacy finding rests on: data minimisation and confidentiality (GDPR Art. 5(1)(c), (f)). */
export const GDPR_SOURCE = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';

/** The fix when the brand has not chosen its own reply, by the post's language (English otherwise). */
const DEFAULT_DM_REPLY: Record<string, string> = {
  en: 'Please send us a direct message so we can look into this privately.',
  de: 'Bitte schreib uns eine Direktnachricht, damit wir das vertraulich klären können.',
  fr: 'Écrivez-nous en message privé pour que nous puissions regarder cela en toute confidentialité.',
};

export function dmReplyFor(draft: DraftContext): string {
  const own = draft.privacy.dmReply?.trim();
  if (own) return own;
  return DEFAULT_DM_REPLY[draft.language] ?? (DEFAULT_DM_REPLY.en as string);
}

/** Each privacy check's message in the catalogue. */
const WORDING = {
  'privacy-email': 'findingPrivacyEmail',
  'privacy-phone': 'findingPrivacyPhone',
  'privacy-iban': 'findingPrivacyIban',
  'privacy-card': 'findingPrivacyCard',
  'privacy-order-number': 'findingPrivacyOrderNumber',
  'privacy-address': 'findingPrivacyAddress',
} as const satisfies Record<string, MessageKey>;

/**
 * A privacy finding on the span, its message built from what was found ("An e-mail address"), so each
 * detector names the data and every message gives the same reason and remedy.
 */
export function privacyFinding(
  draft: DraftContext,
  ruleId: keyof typeof WORDING,
  span: { start: number; end: number },
  severity: Severity,
  what: string,
  source = GDPR_SOURCE,
): Finding {
  return {
    ruleId,
    category: 'privacy',
    severity,
    start: span.start,
    end: span.end,
    message: `${what} in a public post is personal data anyone can read (GDPR Art. 5(1)(c) and (f)): continue by direct message.`,
    suggestions: [dmReplyFor(draft)],
    source,
    wording: worded(WORDING[ruleId]),
  };
}

/** Digits only: how phone numbers written in different formats are compared. */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * The national significant number: what "+49 30 1234567", "0049 (0)30 1234567" and "030 1234567" have in
 * common, so a number is recognised as the brand's own in any of the ways it can be written. Comparing only
 * trailing digits would not do: +49 30 2345 6789 and +91 80 2345 6789 end alike.
 */
export function nationalNumber(raw: string): string {
  const digits = digitsOf(raw.replace('(0)', ''));
  if (/^\s*(?:\+|00)/.test(raw)) {
    const dialled = digits.replace(/^00/, '');
    const plan = PHONE_PLANS.find((candidate) => dialled.startsWith(candidate.callingCode));
    return plan ? dialled.slice(plan.callingCode.length) : dialled;
  }
  // The trunk prefix: 0 in Europe and India, 1 before a ten-digit North American number.
  if (digits.length === 11 && digits.startsWith('1')) return digits.slice(1);
  return digits.replace(/^0/, '');
}

interface OwnContacts {
  emails: Set<string>;
  phones: string[];
  /** Other contacts (a postal address) in lower case with runs of spaces as one. */
  texts: string[];
}

const ownCache = new WeakMap<readonly string[], OwnContacts>();

function ownContacts(list: readonly string[]): OwnContacts {
  let own = ownCache.get(list);
  if (!own) {
    own = { emails: new Set(), phones: [], texts: [] };
    for (const contact of list) {
      const trimmed = contact.trim();
      if (!trimmed) continue;
      if (/^[^\s@]+@[^\s@]+$/.test(trimmed)) own.emails.add(trimmed.toLowerCase());
      else if (/^[+(\d][\d\s()./-]*$/.test(trimmed) && digitsOf(trimmed).length >= 6)
        own.phones.push(nationalNumber(trimmed));
      else own.texts.push(flatten(trimmed));
    }
    ownCache.set(list, own);
  }
  return own;
}

function flatten(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** Whether the flagged text is one of the brand's own published contacts. */
export function isOwnContact(draft: DraftContext, kind: 'email' | 'phone' | 'text', found: string): boolean {
  const list = draft.privacy.ownContacts;
  if (!list?.length) return false;
  const own = ownContacts(list);
  if (kind === 'email') return own.emails.has(found.toLowerCase());
  if (kind === 'phone') {
    return own.phones.includes(nationalNumber(found));
  }
  const flat = flatten(found);
  return own.texts.some((text) => text.includes(flat) || flat.includes(text));
}

/** Whether a span overlaps any of the spans. */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number) {
  return spans.some((span) => span.start < end && start < span.end);
}
