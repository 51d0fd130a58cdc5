import type { CalendarEntry } from '../db/records';
import { SITE_META } from '../sites/meta';

export type ColourBy = 'platform' | 'campaign';

/** Distinct in light and dark mode and for the common colour-vision deficiencies (Okabe–Ito). */
const CAMPAIGN_PALETTE = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#f0e442',
  '#0072b2',
  '#d55e00',
  '#cc79a7',
  '#999933',
];
const NO_COLOUR = '#98a2b3';

/** The same campaign name always gets the same colour, on every page and after a reload. */
export function campaignColour(campaign: string): string {
  let hash = 0;
  for (const character of campaign) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) >>> 0;
  return CAMPAIGN_PALETTE[hash % CAMPAIGN_PALETTE.length] ?? NO_COLOUR;
}

export function entryColour(entry: CalendarEntry, by: ColourBy): string {
  if (by === 'campaign') return entry.campaign ? campaignColour(entry.campaign) : NO_COLOUR;
  const first = entry.platforms[0];
  return first ? SITE_META[first].colour : NO_COLOUR;
}
