import type { Fold } from '@/utils/checks/packs/folds';
import { formatNumber, quoted, t } from '@/utils/i18n';
import { shorten } from './finding-groups';

export interface FoldDescription {
  /** Where the band starts and ends in this draft (clamped to its length). */
  from: number;
  to: number;
  /** Plain sentences for the panel, most important first. */
  lines: string[];
}

// What a reader must see is usually a link, a hashtag (#ad) or a mention: name those when they sit below.
const NOTABLE = /https?:\/\/\S+|www\.\S+|[#＃][\p{L}\p{N}_]+|@[\p{L}\p{N}_.]+/gu;

/**
 * Says in words where a platform's "…more" cut falls in this draft and what is hidden behind it. The band
 * (from–to) is where the cut falls depending on device and width: text before `from` always shows, text after
 * `to` never does without a tap. Null when the platform shows whole posts.
 */
export function describeFold(text: string, fold: Fold | null, platformName: string): FoldDescription | null {
  if (!fold) return null;
  const from = Math.min(fold.from, text.length);
  const to = Math.min(fold.to, text.length);
  const where =
    fold.from === fold.to
      ? t('foldWhereAbout', formatNumber(fold.from))
      : t('foldWhereBetween', formatNumber(fold.from), formatNumber(fold.to));
  if (text.length <= fold.from) return { from, to, lines: [t('foldAllShows', platformName, where)] };
  const lines = [t('foldReadersSee', platformName, where, quoted(lastWords(text.slice(0, fold.from))))];
  const below = text.slice(fold.from);
  const hidden = text.length - fold.to;
  const start = quoted(shorten(below.trimStart(), 40));
  lines.push(
    hidden > 0
      ? t(fold.from === fold.to ? 'foldHidden' : 'foldHiddenOrMore', formatNumber(hidden), start)
      : t('foldPossiblyHidden', start),
  );
  const notable = [...new Set(below.match(NOTABLE) ?? [])];
  if (notable.length > 0)
    lines.push(t('foldBelowCut', `${notable.slice(0, 5).join(', ')}${notable.length > 5 ? ' …' : ''}`));
  return { from, to, lines };
}

function lastWords(visible: string): string {
  const points = [...visible.replace(/\n/g, ' ⏎ ')];
  return points.length <= 32 ? points.join('') : `…${points.slice(-31).join('')}`;
}
