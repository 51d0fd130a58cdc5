import type { MessageKey } from '@/utils/i18n/message-key';
import type { DraftContext } from './context';
import { wholePhrases } from './text';
import { type Jurisdiction, type Relationship, type Wording, worded } from './types';

/**
 * The brand's partners (creators and brands it has a contract with), as the checks need them: plain data,
 * no zod, because content scripts receive them with the brand (utils/db/records.ts validates them on write).
 */

export const PARTNER_RELATIONSHIPS = ['paid', 'gifted', 'affiliate', 'ambassador', 'employee'] as const;
export type PartnerRelationship = (typeof PARTNER_RELATIONSHIPS)[number];

export interface PartnerLike {
  id: string;
  name: string;
  /** Handles on any platform, without `@`. */
  handles: readonly string[];
  relationship: PartnerRelationship;
  /** First and last day of the contract (`YYYY-MM-DD`, both included); open-ended when absent. */
  from?: string;
  until?: string;
  /** Markets the contract covers; every market when empty. */
  markets: readonly Jurisdiction[];
}

/**
 * How the disclosure checks treat each partnership. An ambassador is paid to promote the brand: the FTC
 * names "#XAmbassador" a paid connection (docs/disclosure-law.md, United States).
 */
export const CHECKED_AS: Record<PartnerRelationship, Relationship> = {
  paid: 'paid',
  gifted: 'gifted',
  affiliate: 'affiliate',
  ambassador: 'paid',
  employee: 'employee',
};

/**
 * Relationships the user states for a post. `none` (the brand's default for new brands) and `unknown` are
 * not a statement about this post, so a partner it mentions still makes it commercial.
 */
const STATED: ReadonlySet<Relationship> = new Set(['paid', 'gifted', 'affiliate', 'employee', 'own-product']);

export interface PartnerMention {
  partner: PartnerLike;
  start: number;
  end: number;
}

/** Today in the checking device's own zone, as contract dates are written: `YYYY-MM-DD`. */
export function localDay(at: Date): string {
  const month = String(at.getMonth() + 1).padStart(2, '0');
  const day = String(at.getDate()).padStart(2, '0');
  return `${at.getFullYear()}-${month}-${day}`;
}

/** Whether `today` falls within the contract; both ends are days of the contract. */
export function underContract(partner: Pick<PartnerLike, 'from' | 'until'>, today: string): boolean {
  return (!partner.from || partner.from <= today) && (!partner.until || today <= partner.until);
}

const mentionPatterns = new WeakMap<PartnerLike, RegExp | null>();

/** `@handle` or the partner's name as whole words, case-insensitively; null for a partner with neither. */
function mentionPattern(partner: PartnerLike): RegExp | null {
  if (mentionPatterns.has(partner)) return mentionPatterns.get(partner) ?? null;
  const handles = partner.handles.map((handle) => handle.trim().replace(/^@/, '')).filter(Boolean);
  const name = partner.name.trim();
  // A name shorter than three letters ("Jo") would match too much ordinary text.
  const pattern = wholePhrases([
    ...handles.map((handle) => `@${handle}`),
    ...(name.length >= 3 ? [name] : []),
  ]);
  mentionPatterns.set(partner, pattern);
  return pattern;
}

/**
 * The first partner under contract, for one of the draft's markets, that the draft mentions, unless the user
 * stated the post's relationship (that statement wins). Null when there is none.
 */
export function partnerMention(draft: DraftContext): PartnerMention | null {
  if (STATED.has(draft.relationship) || draft.partners.length === 0) return null;
  let first: PartnerMention | null = null;
  for (const partner of draft.partners) {
    if (!underContract(partner, draft.today)) continue;
    if (partner.markets.length > 0 && !partner.markets.some((m) => draft.jurisdictions.includes(m))) continue;
    const pattern = mentionPattern(partner);
    if (!pattern) continue;
    pattern.lastIndex = 0;
    const match = pattern.exec(draft.text);
    if (match && (!first || match.index < first.start)) {
      first = { partner, start: match.index, end: match.index + match[0].length };
    }
  }
  return first;
}

const ROLES: Record<PartnerRelationship, readonly [english: string, key: MessageKey]> = {
  paid: ['a paid partner', 'partnerRolePaid'],
  gifted: ['a partner who gets gifts', 'partnerRoleGifted'],
  affiliate: ['an affiliate partner', 'partnerRoleAffiliate'],
  ambassador: ['a brand ambassador', 'partnerRoleAmbassador'],
  employee: ['an employee', 'partnerRoleEmployee'],
};

/**
 * "@acme_run: Acme Running is a paid partner until 2027-03-31", for the disclosure findings, and its wording.
 */
export function describeMention(draft: DraftContext, mention: PartnerMention): readonly [string, Wording] {
  const { partner } = mention;
  const said = draft.text.slice(mention.start, mention.end);
  const who = said.toLowerCase() === partner.name.toLowerCase() ? partner.name : `${said}: ${partner.name}`;
  const [role, key] = ROLES[partner.relationship];
  return partner.until
    ? [
        `${who} is ${role} until ${partner.until}`,
        worded('partnerMentionIsUntil', who, { key }, partner.until),
      ]
    : [`${who} is ${role}`, worded('partnerMentionIs', who, { key })];
}
