import {
  checkDraft,
  countDraft,
  type Finding,
  type Jurisdiction,
  type PlatformId,
  type Severity,
} from '../checks';
import { disclosureOptions, pickBrand, utmOptions } from '../db/brands';
import { partnerForChecks } from '../db/partners';
import type { Brand, CalendarEntry, Partner } from '../db/records';

export type FindingsState = 'ok' | 'warning' | 'error' | 'empty';

export interface PlatformFindings {
  platform: PlatformId;
  text: string;
  findings: Finding[];
  state: FindingsState;
}

export interface PlatformDraftReport extends PlatformFindings {
  count: number;
  limit: number;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function stateOf(findings: Finding[]): Exclude<FindingsState, 'empty'> {
  const worst = Math.max(0, ...findings.map((finding) => RANK[finding.severity]));
  return worst === 2 ? 'error' : worst === 1 ? 'warning' : 'ok';
}

type DraftsOf = Pick<CalendarEntry, 'platforms' | 'drafts' | 'relationship' | 'campaign'> & {
  /** The planned day (`YYYY-MM-DD`): a partner's contract is checked for that day, not today. */
  day?: string;
};

/** No brands known (yet): the engine's default markets and labels. */
export const NO_BRANDS: readonly Brand[] = [];
export const NO_PARTNERS: readonly Partner[] = [];

/** What the composer checks an entry's drafts with besides the drafts. */
export interface EntryChecks {
  brands: readonly Brand[];
  partners: readonly Partner[];
  /** Where the user publishes (publishingMarkets): the markets of a brand that has none of its own. */
  markets: readonly Jurisdiction[];
}

/** Nothing stored (yet): the engine's default markets and labels. */
export const NO_CHECKS: EntryChecks = { brands: NO_BRANDS, partners: NO_PARTNERS, markets: [] };

/**
 * The composer overlay's own checks, run on each platform's draft of an entry with its relationship, and
 * with the markets and preferred disclosure wording of the brand the composer would pick on that site: the
 * brand's own markets, else where the user publishes.
 */
function platformFindings(entry: DraftsOf, { brands, partners, markets }: EntryChecks): PlatformFindings[] {
  return entry.platforms.map((platform) => {
    const text = entry.drafts[platform] ?? '';
    const brand = pickBrand(brands, platform);
    const brandPartners = partners.filter((partner) => partner.brandId === brand?.id).map(partnerForChecks);
    const jurisdictions = brand?.jurisdictions.length ? brand.jurisdictions : markets;
    const findings = text
      ? checkDraft(text, {
          platform,
          relationship: entry.relationship,
          ...(brand ? { ...disclosureOptions(brand), ...utmOptions(brand, entry.campaign) } : {}),
          ...(jurisdictions.length ? { jurisdictions: [...jurisdictions] } : {}),
          ...(brandPartners.length
            ? { partners: brandPartners, ...(entry.day ? { today: entry.day } : {}) }
            : {}),
        })
      : [];
    return { platform, text, findings, state: text ? stateOf(findings) : 'empty' };
  });
}

/** Each platform's findings with its count against the limit, as the editor shows them. */
export function draftReports(entry: DraftsOf, checks: EntryChecks = NO_CHECKS): PlatformDraftReport[] {
  return platformFindings(entry, checks).map((report) => ({
    ...report,
    ...countDraft(report.text, report.platform),
  }));
}

export interface EntryFindingsSummary {
  state: FindingsState;
  count: number;
}

/** One state for the whole entry: the worst of its drafts; `empty` when no platform has a draft yet. */
export function summariseFindings(reports: PlatformFindings[]): EntryFindingsSummary {
  const written = reports.filter((report) => report.state !== 'empty');
  if (written.length === 0) return { state: 'empty', count: 0 };
  const findings = written.flatMap((report) => report.findings);
  return { state: stateOf(findings), count: findings.length };
}

/** Per set of checks: new lists (a new object from the page's live queries) start afresh. */
const summaries = new WeakMap<EntryChecks, Map<string, EntryFindingsSummary>>();
const SUMMARY_CACHE_SIZE = 5_000;

/**
 * The findings summary of a stored entry, checked as the composer and the entry's editor check it: with the
 * markets and wording of the brand the composer would pick on each site, and the partners on the planned
 * `day`. Computed once per version of the entry: views re-render often and the drafts only change when the
 * entry does (its `updatedAt` changes with every save).
 */
export function entryFindings(
  entry: CalendarEntry,
  checks: EntryChecks = NO_CHECKS,
  day?: string,
): EntryFindingsSummary {
  let cache = summaries.get(checks);
  if (!cache) {
    cache = new Map();
    summaries.set(checks, cache);
  }
  const key = `${entry.id}|${entry.updatedAt}|${entry.relationship}|${entry.platforms.join(',')}|${day ?? ''}`;
  let summary = cache.get(key);
  if (!summary) {
    // Views only show the state, so the count against the limit (a second pass over the text) is skipped.
    summary = summariseFindings(platformFindings(day ? { ...entry, day } : entry, checks));
    if (cache.size >= SUMMARY_CACHE_SIZE) cache.clear();
    cache.set(key, summary);
  }
  return summary;
}
