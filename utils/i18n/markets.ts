import type { Jurisdiction } from '@/utils/checks/types';
import { listOf, type MessageKey, t } from '.';

const IN_A_SENTENCE: Record<Jurisdiction, MessageKey> = {
  US: 'marketUS',
  UK: 'marketUK',
  DE: 'marketDE',
  FR: 'marketFR',
  EU: 'marketEU',
  IN: 'marketIN',
};

const AS_A_CHOICE: Record<Jurisdiction, MessageKey> = {
  US: 'marketChoiceUS',
  UK: 'marketChoiceUK',
  DE: 'marketChoiceDE',
  FR: 'marketChoiceFR',
  EU: 'marketChoiceEU',
  IN: 'marketChoiceIN',
};

/** "Germany (UWG/MStV) and the EU", in the UI language, for a sentence. */
export function marketsInASentence(markets: readonly Jurisdiction[]): string {
  return listOf(markets.map((market) => t(IN_A_SENTENCE[market])));
}

/** "Germany (UWG/MStV)", as a checkbox's label. */
export function marketChoiceName(market: Jurisdiction): string {
  return t(AS_A_CHOICE[market]);
}
