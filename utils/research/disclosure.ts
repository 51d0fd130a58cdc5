import type { ResearchPost } from '../db/records';

/*
 * A deliberately simple stand-in until the check engine's disclosure rule (utils/checks, per jurisdiction)
 * can run over saved posts: it knows the common labels and the common signs of a paid post, nothing more.
 */
const DISCLOSURE =
  /(^|[^\p{L}\p{N}_])#(ad|ads|advert|advertisement|sponsored|spon|paidpartnership|paidpartner|partner|werbung|anzeige|publicité|pub|sponsorisé|collab|gifted)(?![\p{L}\p{N}_])|\b(paid partnership|sponsored by|in partnership with|ad:|advertisement|gifted by|bezahlte partnerschaft|unbezahlte werbung)\b/iu;

const SPONSOR_SIGNS =
  /\b(use (my |the )?code|promo code|discount code|coupon|\d{1,2}\s?% off|link in (my )?bio|affiliate|swipe up|shop now|thanks to @|partnered with|free trial)\b/i;

export function hasDisclosure(post: Pick<ResearchPost, 'text'>): boolean {
  return DISCLOSURE.test(post.text);
}

/** A platform ad, or a post with sales signs and no disclosure label. */
export function looksSponsoredUndisclosed(post: Pick<ResearchPost, 'text' | 'isAd'>): boolean {
  if (hasDisclosure(post)) return false;
  return post.isAd || SPONSOR_SIGNS.test(post.text);
}
