import { countDraft } from '@/utils/checks/count';
import { PLATFORM_IDS, type PlatformId } from '@/utils/checks/types';
import { type Expansion, type ExpansionContext, expandTemplate } from './template';

/** The parts of a saved reply that decide what text goes into a composer. */
export interface ReplyTexts {
  body: string;
  /** Shorter text per platform, for where the body would not fit. */
  variants: Partial<Record<PlatformId, string>>;
  /** Platforms the reply is meant for; empty = every platform. */
  platforms: readonly PlatformId[];
}

export interface ChosenText {
  expansion: Expansion;
  /** True when the platform's shorter variant was used instead of the body. */
  usedVariant: boolean;
  /** Whether the chosen text fits the platform's limit, counted the platform's way. */
  fits: boolean;
}

const fitsOn = (text: string, platform: PlatformId) => countDraft(text, platform).overflowAt === null;

/**
 * The text to insert on `platform`: the body when it fits once expanded (names and fill-ins change its
 * length), else the platform's shorter variant when there is one, else the body anyway, marked as not fitting,
 * so the user sees the over-limit finding rather than losing text.
 */
export function chooseReplyText(
  reply: ReplyTexts,
  platform: PlatformId,
  context: ExpansionContext,
): ChosenText {
  const body = expandTemplate(reply.body, context);
  if (fitsOn(body.text, platform)) return { expansion: body, usedVariant: false, fits: true };
  const variant = reply.variants[platform];
  if (variant?.trim()) {
    const short = expandTemplate(variant, context);
    return { expansion: short, usedVariant: true, fits: fitsOn(short.text, platform) };
  }
  return { expansion: body, usedVariant: false, fits: false };
}

export interface LengthReport {
  /** Allowed platforms where neither the body nor that platform's variant fits. */
  tooLongOn: PlatformId[];
  /** True when the reply fits none of its allowed platforms: saved, but worth a warning. */
  fitsNowhere: boolean;
}

/**
 * How a reply's length compares with the limits of the platforms it is meant for, judged on the template
 * as written (placeholders count as their own text: the real names are only known at insertion).
 */
export function lengthReport(reply: ReplyTexts): LengthReport {
  const allowed = reply.platforms.length > 0 ? reply.platforms : PLATFORM_IDS;
  const asWritten = (template: string) => template.replaceAll(/\{cursor\}/gi, '');
  const tooLongOn = allowed.filter((platform) => {
    const variant = reply.variants[platform];
    if (fitsOn(asWritten(reply.body), platform)) return false;
    return !(variant?.trim() && fitsOn(asWritten(variant), platform));
  });
  return { tooLongOn, fitsNowhere: tooLongOn.length === allowed.length };
}
