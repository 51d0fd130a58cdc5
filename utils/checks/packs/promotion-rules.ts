import type { MessageKey } from '@/utils/i18n/message-key';
import type { MarketSource } from './disclosure-markets/market';

/**
 * Market rules on what a commercial post may promote and what it must say besides the ad label
 * (docs/disclosure-law.md): France's loi 2023-451 art. 4 bans and art. 5 image mentions, and India's
 * disclaimer for virtual digital assets.
 */

const LOI_2023_451 = 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000047663185';

export interface BannedPromotion {
  id: string;
  /** What the post promotes, in the finding's words. */
  what: string;
  /** The finding's message in the catalogue. */
  wording: MessageKey;
  /** Whole-word pattern source, matched case-insensitively where a word starts with the right letters. */
  words: string;
  /** `error`: banned outright; `warning`: allowed only for registered providers. */
  severity: 'error' | 'warning';
  source: MarketSource;
}

export const FR_BANNED: readonly BannedPromotion[] = [
  {
    id: 'cosmetic',
    what: 'cosmetic procedures',
    wording: 'findingBannedCosmetic',
    words:
      "chirurgie (?:esthétique|plastique)|médecine esthétique|injections? (?:d['’]acide hyaluronique|de botox)|botox|acide hyaluronique|lipofilling|rhinoplastie|augmentation mammaire|liposuccion|blépharoplastie|cosmetic surgery|lip fillers?|bbl",
    severity: 'error',
    source: {
      doc: 'Loi 2023-451, art. 4',
      url: LOI_2023_451,
      says: 'promotion d’actes à visée esthétique interdite',
    },
  },
  {
    id: 'nicotine',
    what: 'nicotine products',
    wording: 'findingBannedNicotine',
    words:
      'puffs?|cigarettes? électroniques?|e-cig(?:arette)?s?|vapes?|sachets? de nicotine|nicotine pouch(?:es)?|snus|nicotine',
    severity: 'error',
    source: {
      doc: 'Loi 2023-451, art. 4',
      url: LOI_2023_451,
      says: 'promotion de produits de la nicotine interdite',
    },
  },
  {
    id: 'betting-tips',
    what: 'sports-betting tip subscriptions',
    wording: 'findingBannedBettingTips',
    words:
      'abonnements? (?:à des |aux )?(?:pronostics?|pronos)|pronostics? (?:sportifs?|vip|payants?)|tipsters?|betting tips',
    severity: 'error',
    source: {
      doc: 'Loi 2023-451, art. 4',
      url: LOI_2023_451,
      says: 'promotion d’abonnements à des pronostics sportifs interdite',
    },
  },
  {
    id: 'crypto-finance',
    what: 'crypto-asset or risky financial services',
    wording: 'findingBannedCryptoFinance',
    words:
      'crypto(?:s|monnaies?|-actifs?|currency|currencies)?|bitcoin|ethereum|nfts?|forex|cfds?|options binaires|binary options|copy[- ]trading',
    severity: 'warning',
    source: {
      doc: 'Loi 2023-451, art. 4',
      url: LOI_2023_451,
      says: 'crypto-actifs: prestataires enregistrés seulement; forex, CFD interdits',
    },
  },
];

/** Cues (whole-word pattern sources) that the post's image was filtered, retouched or generated; the caption then needs the mention. */
export const FR_IMAGE_MENTIONS = {
  retouched: {
    cue: 'filtres?|filters?|retouch\\p{L}*|facetune\\p{L}*|photoshop\\p{L}*|lissage|amincissant|slim(?:ming)? filter',
    mention: 'images? retouchées?',
    label: 'Image retouchée',
  },
  virtual: {
    cue: "généré(?:e|es|s)? (?:par|avec) (?:l['’])?ia|image (?:générée|ia)|ai[- ]generated|made with (?:ai|midjourney)|midjourney|dall[-·]?e|stable diffusion",
    mention: 'images? virtuelles?',
    label: 'Image virtuelle',
  },
  source: {
    doc: 'Loi 2023-451, art. 5',
    url: LOI_2023_451,
    says: '« Images retouchées » ou « Image virtuelle » sur l’image',
  } satisfies MarketSource,
} as const;

/** India: advertisements of virtual digital assets carry ASCI's disclaimer, word for word. */
export const IN_VDA = {
  cue: 'crypto(?:s|currency|currencies)?|bitcoin|btc|ethereum|nfts?|web3|vda|defi|क्रिप्टो|बिटकॉइन',
  disclaimer:
    'Crypto products and NFTs are unregulated and can be highly risky. There may be no regulatory recourse for any loss from such transactions.',
  present: 'crypto products and nfts are unregulated and can be highly risky',
  source: {
    doc: 'ASCI VDA guidelines (2022)',
    url: 'https://www.ascionline.in/wp-content/uploads/2022/08/VDA-Guidelines.pdf',
    says: 'every VDA ad carries it, in the caption too',
  } satisfies MarketSource,
} as const;
