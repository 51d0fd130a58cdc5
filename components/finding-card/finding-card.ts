import {
  actionsFor,
  type FindingAction,
  type FixPreview,
  previewOf,
  shorten,
} from '@/components/overlay/finding-groups';
import { sourceName } from '@/components/overlay/source-name';
import type { Finding, Severity } from '@/utils/checks/types';
import { httpUrl } from '@/utils/http-url';
import { type MessageKey, quoted, t } from '@/utils/i18n';
import { findingMessage } from '@/utils/i18n/finding-message';

/**
 * What one finding card says, wherever it is shown: the composer panel, the reply picker, "Try it" and the
 * calendar's draft checks. Plain TypeScript with no React and no zod, so the panel's DOM builder in the content
 * script and the dashboard's React card render the same words from one place (components/finding-card/).
 */
export interface FindingCardView {
  ruleId: string;
  severity: Severity;
  /** A guideline rule's name as a title; a built-in check's own title ("No ad label"), as its id is no word. */
  title: string;
  /** How serious, in the one word per severity the whole UI uses (the rule form's choices too). */
  severityWord: string;
  message: string;
  /** The flagged words, quoted and shortened; null when the preview shows them or the finding flags none. */
  span: string | null;
  /** The fixes offered, each with the label its button (or, where nothing can be applied, its line) shows. */
  fixes: FindingAction[];
  /** The first fix in its context (the words it removes struck out, those it adds marked), or null. */
  preview: FixPreview | null;
  /** Who says so: the link and the publisher's name, in "Source: …" form. */
  source: { href: string; label: string } | null;
}

/** One word per severity, everywhere: "note" rather than "info" (German "Hinweis" either way). */
export const SEVERITY_WORD: Record<Severity, MessageKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/**
 * Each built-in check's own title: its section heading is right above the card, so the card says which check
 * it is ("No ad label" under "Compliance").
 */
const BUILT_IN_TITLES: Record<string, MessageKey> = {
  'disclosure-missing': 'cardTitleDisclosureMissing',
  'disclosure-placement': 'cardTitleDisclosurePlacement',
  'disclosure-ambiguous': 'cardTitleDisclosureAmbiguous',
  'native-label': 'cardTitleNativeLabel',
  'image-mention': 'cardTitleImageMention',
  'banned-promotion': 'cardTitleBannedPromotion',
  'crypto-disclaimer': 'cardTitleCryptoDisclaimer',
  'giveaway-terms': 'cardTitleGiveawayTerms',
  'giveaway-release': 'cardTitleGiveawayRelease',
  'giveaway-mechanics': 'cardTitleGiveawayMechanics',
  'health-claim': 'cardTitleHealthClaim',
  'financial-claim': 'cardTitleFinancialClaim',
  'privacy-address': 'cardTitlePrivacyAddress',
  'privacy-card': 'cardTitlePrivacyCard',
  'privacy-email': 'cardTitlePrivacyEmail',
  'privacy-iban': 'cardTitlePrivacyIban',
  'privacy-order-number': 'cardTitlePrivacyOrderNumber',
  'privacy-phone': 'cardTitlePrivacyPhone',
  'platform-length': 'cardTitlePlatformLength',
  'link-limit': 'cardTitleLinkLimit',
  'hashtag-limit': 'cardTitleHashtagLimit',
  'mention-limit': 'cardTitleMentionLimit',
  'invalid-characters': 'cardTitleInvalidCharacters',
  'link-utm': 'cardTitleLinkUtm',
  'crisis-watch': 'cardTitleCrisisWatch',
  'repost-credit': 'cardTitleRepostCredit',
  'stock-photo': 'cardTitleStockPhoto',
  'quote-source': 'cardTitleQuoteSource',
  'similar-post': 'cardTitleSimilarPost',
  'registered-mark': 'cardTitleRegisteredMark',
};

/** Characters of the flagged words a card quotes before it cuts them with "…". */
const SPAN_LENGTH = 80;

/** The card for `finding` in the draft `text` it was found in. */
export function findingCard(finding: Finding, text: string): FindingCardView {
  const fixes = actionsFor(finding, text);
  const first = fixes[0];
  const preview = first ? previewOf(finding, first, text) : null;
  const flagged = finding.end > finding.start ? text.slice(finding.start, finding.end) : '';
  const source = httpUrl(finding.source);
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    title: cardTitle(finding),
    severityWord: t(SEVERITY_WORD[finding.severity]),
    message: findingMessage(finding),
    span: !preview && flagged ? quoted(shorten(flagged, SPAN_LENGTH)) : null,
    fixes,
    preview,
    source: source ? { href: source.href, label: t('panelSource', sourceName(source)) } : null,
  };
}

/**
 * A built-in check's title, or a guideline rule's from its id. Never the section's heading, which the panel,
 * the picker, "Try it" and the calendar show above the cards.
 */
function cardTitle(finding: Finding): string {
  const builtIn = finding.category === 'voice' ? undefined : BUILT_IN_TITLES[finding.ruleId];
  return builtIn ? t(builtIn) : ruleTitle(finding.ruleId);
}

/** "corporate-buzzwords" → "Corporate buzzwords", "write-good.TooWordy" → "Too wordy". */
export function ruleTitle(id: string): string {
  const name = id.slice(id.lastIndexOf('.') + 1);
  const words = name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word, index) => (index === 0 || !/^[A-Z][a-z]/.test(word) ? word : word.toLowerCase()));
  const title = words.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}
