import type { Brand, CalendarEntry } from '../db/records';

/**
 * Content pillars: what a post is for. The five standard ones are those of the planning literature
 * (docs/content-mix.md); a brand may list its own instead and say which of them are promotional.
 */
export const STANDARD_PILLARS = [
  'promotional',
  'educational',
  'entertaining',
  'community',
  'user-generated',
] as const;
export type StandardPillar = (typeof STANDARD_PILLARS)[number];

/** The 80/20 rule: at most a fifth of the posts sell (docs/content-mix.md gives the sources). */
export const DEFAULT_PROMOTIONAL_PERCENT = 20;

export interface Pillar {
  /** What an entry stores: a standard pillar's id, or the name of one of the brand's own. */
  value: string;
  promotional: boolean;
}

export const isStandardPillar = (value: string): value is StandardPillar =>
  (STANDARD_PILLARS as readonly string[]).includes(value);

/** The pillars an entry of this brand can have: the brand's own list, or the standard five. */
export function pillarsOf(brand: Pick<Brand, 'contentMix'> | undefined): Pillar[] {
  const own = brand?.contentMix?.pillars ?? [];
  if (own.length > 0) return own.map(({ name, promotional }) => ({ value: name, promotional }));
  return STANDARD_PILLARS.map((value) => ({ value, promotional: value === 'promotional' }));
}

export interface PillarCount {
  value: string;
  count: number;
  /** Share of the entries that have a pillar, 0–100, rounded to whole percent. */
  percent: number;
  promotional: boolean;
}

export interface ContentMix {
  /** Entries in the period, with a pillar or without. */
  total: number;
  /** One row per pillar of the brand (zero counts included, in the brand's order), then any others used. */
  pillars: PillarCount[];
  /** Entries without a pillar: left out of the shares. */
  unassigned: number;
  promotional: number;
  /** Promotional entries' share of the entries that have a pillar, 0–100, rounded. */
  promotionalPercent: number;
  targetPercent: number;
  /** Promotional entries to swap for another pillar to meet the target; 0 when within it. */
  overBy: number;
}

const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** The mix of a period's entries against the brand's target share of promotional posts. */
export function contentMix(
  entries: readonly Pick<CalendarEntry, 'pillar'>[],
  brand: Pick<Brand, 'contentMix'> | undefined,
): ContentMix {
  const known = pillarsOf(brand);
  const counts = new Map<string, number>(known.map((pillar) => [pillar.value, 0]));
  let unassigned = 0;
  for (const { pillar } of entries) {
    if (pillar === undefined) unassigned += 1;
    else counts.set(pillar, (counts.get(pillar) ?? 0) + 1);
  }
  const promotionalValues = new Set(known.filter((p) => p.promotional).map((p) => p.value));
  // An entry keeps the standard promotional pillar's meaning after the brand switched to its own list.
  const isPromotional = (value: string) => promotionalValues.has(value) || value === 'promotional';
  const assigned = entries.length - unassigned;
  const pillars = [...counts].map(([value, count]) => ({
    value,
    count,
    percent: percentOf(count, assigned),
    promotional: isPromotional(value),
  }));
  const promotional = pillars.reduce((sum, p) => (p.promotional ? sum + p.count : sum), 0);
  const targetPercent = brand?.contentMix?.promotionalPercent ?? DEFAULT_PROMOTIONAL_PERCENT;
  // Swapping k promotional entries for others keeps `assigned`: the least k with p − k ≤ target × assigned.
  const allowed = Math.floor((targetPercent * assigned) / 100);
  return {
    total: entries.length,
    pillars,
    unassigned,
    promotional,
    promotionalPercent: percentOf(promotional, assigned),
    targetPercent,
    overBy: Math.max(0, promotional - allowed),
  };
}
