import type { MessageKey } from '@/utils/i18n/message-key';
import { NOT_FAMILY } from './disclosure-terms';

/**
 * Words and links that show a post is commercial (docs/disclosure-law.md, "Commercial signals"). A `strong` signal
 * alone makes a post commercial; `weak` ones only together, because an organic post can mention a sale or a
 * price, and OnBrand must not pester organic posts.
 *
 * Word signals are whole-word patterns (matched case-insensitively, looked up only where a word starts with
 * the right letters); link and symbol signals are raw patterns run only when one of their keywords occurs.
 */
export type CommercialSignal = {
  id: string;
  /** Named in the finding's message, e.g. "a discount code". */
  label: string;
  /** The catalogue's words for `label`, for the finding's wording. */
  key: MessageKey;
  strength: 'strong' | 'weak';
} & ({ words: string } | { pattern: RegExp; keywords: readonly string[] });

export const COMMERCIAL_SIGNALS: readonly CommercialSignal[] = [
  {
    id: 'discount-code',
    label: 'a discount code',
    key: 'signalDiscountCode',
    words:
      '(?:use|using|with|enter|apply|mit) (?:my |our |dem |meinem )?(?:promo |discount |coupon |rabatt|gutschein)?-?code|(?:promo|discount|coupon|rabatt|gutschein)-? ?code|code promo|code de réduction|avec (?:mon|le) code|código(?: de)? (?:descuento|desconto|promocional)|usa (?:mi |el |o meu |il mio |il )?c[oó]di(?:go|ce)|codice (?:sconto|promo)|kortingscode|gebruik (?:mijn |de )?code|rabattkod|rabatkode|kod (?:rabatowy|promocyjny|zniżkowy)|(?:z|użyj) (?:moim |mojego )?kod(?:em|u)|(?:mera|meri|mere) code|code (?:use|apply) kar(?:o|ein|ke)|कूपन कोड|डिस्काउंट कोड|código(?! postal)|code ?:',
    strength: 'strong',
  },
  {
    // "Code LAUF15": a capitalised code word followed by a code made of capitals and digits.
    id: 'code-token',
    label: 'a discount code',
    key: 'signalDiscountCode',
    pattern:
      /(?:\b[Cc]ode|[Cc]ódigo|\b[Cc]odice|\b[Kk]od(?:em|u)?|कोड):?\s+(?:[A-Z][A-Z0-9]*\d[A-Z0-9]*|[A-Z]{5,})\b/u,
    keywords: ['code', 'código', 'codice', 'kod', 'कोड'],
    strength: 'strong',
  },
  {
    id: 'affiliate-link',
    label: 'an affiliate link',
    key: 'signalAffiliateLink',
    pattern:
      /amzn\.to\/|amazon\.[a-z.]+\/\S*[?&]tag=|\/ref=|rstyle\.me|shopmy\.us|liketk\.it|\bltk\.app|go\.magik\.ly|utm_medium=affiliate|utm_campaign=influencer|awin1\.com|shareasale\.com/i,
    keywords: [
      'amzn',
      'amazon.',
      '/ref=',
      'rstyle',
      'shopmy',
      'liketk',
      'ltk.',
      'magik',
      'utm_',
      'awin1',
      'shareasale',
    ],
    strength: 'strong',
  },
  {
    id: 'affiliate-words',
    label: 'affiliate wording',
    key: 'signalAffiliateWording',
    words:
      'affiliate[- ]?links?|(?:earn|get|receive|make) (?:a )?(?:small )?commission|#aff|#afflink|#affiliate',
    strength: 'strong',
  },
  {
    id: 'gifted',
    label: 'a gift from a brand',
    key: 'signalBrandGift',
    words: `#gifted|(?:was|were|been|got) gifted|gifted (?:by|from)${NOT_FAMILY}|gifted to me|gifted ?:|pr[- ](?:package|haul|box|trip|sample)s?|#pr|#prpackage|#prgift|#prtrip|press (?:sample|trip)|geschenkt bekommen|zur Verfügung gestellt|offert par`,
    strength: 'strong',
  },
  {
    id: 'sent-by-brand',
    label: 'a product sent by a brand',
    key: 'signalBrandProduct',
    words:
      'thanks?(?: you)?(?: so much)?,? @[\\p{L}\\p{N}_.]+ for (?:sending|the (?:gift|package|goodies|samples?)|gifting)|@[\\p{L}\\p{N}_.]+ (?:sent|gifted|gave) (?:me|us)|c/o @|courtesy of @',
    strength: 'strong',
  },
  {
    id: 'partnership',
    label: 'partnership wording',
    key: 'signalPartnershipWording',
    words:
      'partnered (?:up )?with|in (?:paid )?partnership with|paid partnership|sponsored by|this (?:post|video) is sponsored|in Kooperation mit|en partenariat avec|ambassador (?:for|of|with) @|#[\\p{L}\\p{N}_]+partner|brand ambassador|#sp|#spon|#sponsored',
    strength: 'strong',
  },
  {
    id: 'shop-link-in-bio',
    label: '"link in bio to shop"',
    key: 'signalLinkInBio',
    words: 'link in (?:my )?bio to (?:shop|buy|get|order)',
    strength: 'strong',
  },
  {
    id: 'shopping-call',
    label: 'a shopping call to action',
    key: 'signalShoppingCall',
    words:
      'shop now|shop (?:the|my) (?:look|link|links)|link in (?:my )?bio|swipe up|tap to shop|available (?:now )?at|get yours|buy now|order now|link in (?:der |meiner )?bio|jetzt (?:kaufen|shoppen|bestellen)|lien (?:en|dans (?:ma )?) ?bio|enlace en (?:mi )?bio|link (?:en|na|w|in mijn) bio|compra (?:ya|ahora|ora)|acquista (?:ora|subito)|compre (?:já|agora)|koop (?:nu|hier)|kup (?:teraz|tutaj)|bio (?:mein|me) link|link bio (?:mein|me)|abhi (?:kharidein|khareedo)|अभी खरीदें',
    strength: 'weak',
  },
  {
    id: 'discount',
    label: 'a discount',
    key: 'signalDiscount',
    words:
      'discount|coupon|rabatt|réduction|descuento|cupón|sconto|desconto|cupom|korting|zniżk[aię]|rabat|promocja|oferta|छूट|डिस्काउंट',
    strength: 'weak',
  },
  {
    id: 'percent-off',
    label: 'a discount',
    key: 'signalDiscount',
    pattern:
      /\b\d{1,2}\s?% (?:off|rabatt|de réduction|de descuento|di sconto|de desconto|korting|zniżki|rabatu|taniej|ki chh?oot|की छूट|छूट)/iu,
    keywords: ['%'],
    strength: 'weak',
  },
  {
    id: 'price',
    label: 'a price',
    key: 'signalPrice',
    pattern: /[$€£₹]\s?\d|\d(?:[.,]\d{2})?\s?(?:€|EUR|USD|zł|PLN|Rs\.?|INR)(?![\p{L}])/iu,
    keywords: ['$', '€', '£', '₹', 'eur', 'usd', 'zł', 'pln', 'rs', 'inr'],
    strength: 'weak',
  },
  {
    id: 'short-link',
    label: 'a shortened link',
    key: 'signalShortLink',
    pattern: /\b(?:bit\.ly|tinyurl\.com|linktr\.ee)\//i,
    keywords: ['bit.ly', 'tinyurl', 'linktr'],
    strength: 'weak',
  },
  {
    id: 'collab-words',
    label: 'collaboration wording',
    key: 'signalCollaborationWording',
    words: 'collab|collaboration|#partner|ambassador',
    strength: 'weak',
  },
  {
    id: 'thanks-brand',
    label: 'a thank-you to a brand',
    key: 'signalBrandThanks',
    words: 'thanks?(?: you)?(?: so much)?,? (?:to )?@[\\p{L}\\p{N}_.]+',
    strength: 'weak',
  },
];
