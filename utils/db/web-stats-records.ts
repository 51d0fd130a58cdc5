import * as z from 'zod/mini';
import { Id, ShortText, Timestamp } from './fields';

/**
 * What the brand's website analytics counted for visits that came with UTM tags: one row per campaign (and
 * content and source where the tool's export gives them) and reporting period, read from a GA4, Matomo or
 * Plausible CSV export. Joined to the brand's posts through their calendar entries' campaigns
 * (utils/analytics/web-stats-join.ts).
 */

export const WEB_ANALYTICS_TOOLS = ['ga4', 'matomo', 'plausible'] as const;
export type WebAnalyticsTool = (typeof WEB_ANALYTICS_TOOLS)[number];

const Count = z.number().check(z.nonnegative());

export const WebStatSchema = z.object({
  /** Tool, dimensions and period: a file imported again updates its rows instead of adding more. */
  id: Id,
  tool: z.enum(WEB_ANALYTICS_TOOLS),
  /** `utm_campaign` as the tool reports it. */
  campaign: z.optional(ShortText),
  /** `utm_content`. */
  content: z.optional(ShortText),
  /** `utm_source` (GA4's session source, Plausible's sources file). */
  source: z.optional(ShortText),
  medium: z.optional(ShortText),
  /** The reporting period, when the file says it (GA4's `# Start date` / `# End date` lines). */
  periodStart: z.optional(Timestamp),
  periodEnd: z.optional(Timestamp),
  sessions: z.optional(Count),
  visitors: z.optional(Count),
  /** Key events (GA4), goal conversions (Matomo), goal conversions (Plausible, with a goal filter). */
  conversions: z.optional(Count),
  importedAt: Timestamp,
});
export type WebStat = z.infer<typeof WebStatSchema>;
