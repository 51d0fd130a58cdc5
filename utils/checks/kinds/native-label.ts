import type { Check } from '../context';
import { analyseDisclosure } from '../disclosure';
import { NATIVE_LABELS } from '../packs/native-labels';
import { worded } from '../types';

/**
 * A reminder to switch on the platform's own paid-partnership label for a commercial post (and on TikTok for
 * your own products too). OnBrand cannot read the switch, so this stays an info note about the whole draft.
 */
export const nativeLabel: Check = (draft) => {
  const label = NATIVE_LABELS[draft.platform];
  if (!label) return [];
  const ownProduct = draft.relationship === 'own-product';
  if (ownProduct ? !label.ownProductToo : analyseDisclosure(draft).commerciality === 'none') return [];
  return [
    {
      ruleId: 'native-label',
      category: 'disclosure',
      severity: 'info',
      start: 0,
      end: 0,
      message: ownProduct
        ? `TikTok asks for ${label.control} on posts promoting your own brand too.`
        : `Also switch on ${label.control}; it adds to the label in the caption, it does not replace it.`,
      source: label.source,
      wording: worded(ownProduct ? (label.wording.own ?? label.wording.partner) : label.wording.partner),
    },
  ];
};
