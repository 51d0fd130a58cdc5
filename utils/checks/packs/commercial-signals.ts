/**
 * Words and links that show a post is commercial (../shared/reference/compliance.md §8). A `strong` signal
 * alone makes a post commercial; `weak` ones only together, because an organic post can mention a sale or a
 * price, and OnBrand must not pester organic posts.
 */
export interface CommercialSignal {
  id: string;
  /** Named in the finding's message, e.g. "a discount code". */
  label: string;
  pattern: RegExp;
  strength: 'strong' | 'weak';
}

export const COMMERCIAL_SIGNALS: readonly CommercialSignal[] = [
  {
    id: 'discount-code',
    label: 'a discount code',
    pattern:
      /\b(?:use|using|with|enter|apply)\s+(?:my|our|the)?\s*(?:promo|discount|coupon|rabatt|gutschein)?-?\s*code\b|\b(?:promo|discount|coupon|rabatt|gutschein)-?\s?code\b|\bcode promo\b|\bcódigo\b|\bcode:?\s+[A-Z][A-Z0-9]{3,}\b/iu,
    strength: 'strong',
  },
  {
    id: 'affiliate-link',
    label: 'an affiliate link',
    pattern:
      /amzn\.to\/|amazon\.[a-z.]+\/\S*[?&]tag=|\/ref=|rstyle\.me|shopmy\.us|liketk\.it|\bltk\.app|go\.magik\.ly|utm_medium=affiliate|utm_campaign=influencer|awin1\.com|shareasale\.com/i,
    strength: 'strong',
  },
  {
    id: 'affiliate-words',
    label: 'affiliate wording',
    pattern:
      /\baffiliate[- ]?links?\b|\b(?:earn|get|receive|make) (?:a )?(?:small )?commission\b|#(?:aff|afflink|affiliate)\b/i,
    strength: 'strong',
  },
  {
    id: 'gifted',
    label: 'a gift from a brand',
    pattern:
      /#gifted\b|\b(?:was|were|been|got) gifted\b|\bgifted (?:by|from|to me)\b|[([]gifted[)\]]|^[^\p{L}\p{N}]*gifted\b|\bPR[- ](?:package|haul|box|trip|sample)s?\b|#pr(?:package|gift|trip)?\b|\bpress (?:sample|trip)\b|\bgeschenkt bekommen\b|\bzur Verfügung gestellt\b|\boffert par\b/imu,
    strength: 'strong',
  },
  {
    id: 'sent-by-brand',
    label: 'a product sent by a brand',
    pattern:
      /\bthanks?(?: you)?(?: so much)?,? @[\p{L}\p{N}_.]+ for (?:sending|the (?:gift|package|goodies|samples?)|gifting)|@[\p{L}\p{N}_.]+ (?:sent|gifted|gave) (?:me|us)\b|\bc\/o @|\bcourtesy of @/iu,
    strength: 'strong',
  },
  {
    id: 'partnership',
    label: 'partnership wording',
    pattern:
      /\bpartnered (?:up )?with\b|\bin (?:paid )?partnership with\b|\bpaid partnership\b|\bsponsored by\b|\bthis (?:post|video) is sponsored\b|\bin Kooperation mit\b|\ben partenariat avec\b|\bambassador (?:for|of|with) @|#[\p{L}\p{N}_]+partner\b|\bbrand ambassador\b|#(?:sp|spon|sponsored)\b/iu,
    strength: 'strong',
  },
  {
    id: 'shop-link-in-bio',
    label: '"link in bio to shop"',
    pattern: /\blink in (?:my )?bio to (?:shop|buy|get|order)\b/i,
    strength: 'strong',
  },
  {
    id: 'shopping-call',
    label: 'a shopping call to action',
    pattern:
      /\b(?:shop now|shop (?:the|my) (?:look|link|links)|link in (?:my )?bio|swipe up|tap to shop|available (?:now )?at|get yours|buy now|order now)\b/i,
    strength: 'weak',
  },
  {
    id: 'discount',
    label: 'a discount',
    pattern: /\b\d{1,2}\s?% (?:off|rabatt|de réduction)\b|\bdiscount\b|\bcoupon\b|\brabatt\b|\bréduction\b/i,
    strength: 'weak',
  },
  {
    id: 'price',
    label: 'a price',
    pattern: /[$€£₹]\s?\d|\d(?:[.,]\d{2})?\s?(?:€|EUR|USD)(?![\p{L}])/u,
    strength: 'weak',
  },
  {
    id: 'short-link',
    label: 'a shortened link',
    pattern: /\b(?:bit\.ly|tinyurl\.com|linktr\.ee)\//i,
    strength: 'weak',
  },
  {
    id: 'collab-words',
    label: 'collaboration wording',
    pattern: /\bcollab(?:oration)?\b|#partner\b|\bambassador\b/i,
    strength: 'weak',
  },
  {
    id: 'thanks-brand',
    label: 'a thank-you to a brand',
    pattern: /\bthanks?(?: you)?(?: so much)?,? (?:to )?@[\p{L}\p{N}_.]+/iu,
    strength: 'weak',
  },
];
