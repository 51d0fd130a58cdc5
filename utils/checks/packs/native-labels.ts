import type { MessageKey } from '@/utils/i18n/message-key';
import type { PlatformId } from '../types';

/**
 * The platforms' own paid-partnership switches (docs/disclosure-law.md, "Platform labels"). A native label is not
 * a substitute for the caption label, so these are reminders next to it, never instead of it.
 */
export interface NativeLabel {
  /** What to switch on, in the platform's words. */
  control: string;
  /** TikTok wants its switch for your own brand's products too. */
  ownProductToo: boolean;
  /** The reminder's wording: to switch it on, and (TikTok) for the brand's own products. */
  wording: { partner: MessageKey; own?: MessageKey };
  source: string;
  asOf: string;
}

export const NATIVE_LABELS: Partial<Record<PlatformId, NativeLabel>> = {
  instagram: {
    control: 'the "Paid partnership" label (tag the brand with the branded content tool)',
    ownProductToo: false,
    wording: { partner: 'findingNativeLabelMeta' },
    source: 'https://help.instagram.com/116947042301556/',
    asOf: '2026-11',
  },
  facebook: {
    control: 'the "Paid partnership" label (tag the brand with the branded content tool)',
    ownProductToo: false,
    wording: { partner: 'findingNativeLabelMeta' },
    source: 'https://help.instagram.com/116947042301556/',
    asOf: '2026-11',
  },
  // The switch's German name is UNCONFIRMED: no German TikTok help page or capture names it (what was
  // searched: docs/disclosure-law.md, "Platform labels"), so the German reminders keep the English names.
  tiktok: {
    control: '"Disclose commercial content" ("Your brand" or "Branded content")',
    ownProductToo: true,
    wording: { partner: 'findingNativeLabelTiktok', own: 'findingNativeLabelTiktokOwn' },
    source:
      'https://support.tiktok.com/en/business-and-creator/creator-and-business-accounts/promoting-a-brand-product-or-service',
    asOf: '2026-11',
  },
  youtube: {
    control: '"My video contains paid promotion" in YouTube Studio',
    ownProductToo: false,
    wording: { partner: 'findingNativeLabelYoutube' },
    source: 'https://support.google.com/youtube/answer/154235',
    asOf: '2026-11',
  },
};
