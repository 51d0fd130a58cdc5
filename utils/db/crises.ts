import type { PlatformId } from '../checks/types';
import { t, uiLocale } from '../i18n';
import type { OwnPost } from './analytics-records';
import { pickBrand } from './brands';
import type { OnBrandDatabase } from './database';
import { describeInputProblems } from './input-problems';
import { ownPostsRepository } from './post-packs';
import type { Brand, CalendarEntry, Crisis } from './records';
import { CrisisSchema, RELATIONSHIPS_WITH_PARTNER } from './records';
import { RecordInputError, TableRepository } from './table-repository';

/** Posts that sell something: a partner's, a gift's, a commission's, or the brand's own product. */
const PROMOTIONAL: readonly string[] = [...RELATIONSHIPS_WITH_PARTNER, 'employee', 'own-product'];

/** Whether the entry is posted for `brandId`: on one of its platforms, the composer would pick that brand. */
function isBrandsEntry(entry: CalendarEntry, brands: readonly Brand[], brandId: string): boolean {
  return entry.platforms.some((platform) => pickBrand(brands, platform)?.id === brandId);
}

/**
 * The entries a crisis concerns: still to be posted (not an idea, not published), planned from the crisis's
 * start (until its end, once it ended), and scheduled or promotional: a cheerful sales post going out on
 * its own while the brand apologises is what crisis mode is for.
 */
export function entriesInside(
  crisis: Crisis,
  entries: readonly CalendarEntry[],
  brands: readonly Brand[],
): CalendarEntry[] {
  return entries
    .filter(
      (entry) =>
        entry.at >= crisis.startedAt &&
        (crisis.endedAt === undefined || entry.at < crisis.endedAt) &&
        entry.status !== 'idea' &&
        entry.status !== 'published' &&
        (entry.status === 'scheduled' || PROMOTIONAL.includes(entry.relationship)) &&
        isBrandsEntry(entry, brands, crisis.brandId),
    )
    .sort((a, b) => a.at - b.at);
}

/** One line of the log of what went out during a crisis, for the review afterwards. */
export interface PublishedDuringCrisis {
  at: number;
  platforms: PlatformId[];
  text: string;
  /**
   * "Mark published" on a calendar entry, the brand's own post from an analytics import, or one a snapshot
   * read on the platform's page (utils/analytics/browse-snapshots.ts).
   */
  from: 'calendar' | 'analytics' | 'snapshot';
  permalink?: string;
}

export function crisesRepository(db: OnBrandDatabase) {
  const repository = new TableRepository<Crisis>(db.crises, CrisisSchema);

  const forBrand = async (brandId: string): Promise<Crisis[]> =>
    repository
      .parseMany(await db.crises.where('brandId').equals(brandId).toArray())
      .sort((a, b) => b.startedAt - a.startedAt);

  return Object.assign(repository, {
    /** The brand's crises, newest first. */
    forBrand,

    /** The brand's open crisis, if it is in crisis mode. */
    async open(brandId: string): Promise<Crisis | undefined> {
      return (await forBrand(brandId)).find((crisis) => crisis.endedAt === undefined);
    },

    async start(brandId: string, reason: string, now = Date.now()): Promise<Crisis> {
      const crisis: Crisis = {
        id: crypto.randomUUID(),
        brandId,
        reason: reason.trim(),
        startedAt: now,
        pausedEntryIds: [],
      };
      const valid = CrisisSchema.safeParse(crisis);
      if (!valid.success)
        throw new RecordInputError(describeInputProblems(valid.error.issues, { reason: 'crisisReason' }));
      return db.transaction('rw', db.crises, async () => {
        const open = (await forBrand(brandId)).find((c) => c.endedAt === undefined);
        if (open)
          throw new RecordInputError(
            t(
              'crisisAlreadyOn',
              new Date(open.startedAt).toLocaleString(uiLocale(), {
                dateStyle: 'medium',
                timeStyle: 'short',
              }),
            ),
          );
        await db.crises.add(valid.data);
        return valid.data;
      });
    },

    /** Ends crisis mode. Paused entries stay paused until resumed: nobody should have to re-pause them. */
    async end(crisisId: string, now = Date.now()): Promise<void> {
      await db.crises.update(crisisId, { endedAt: now });
    },

    /** Pauses the entries (no reminder, no draft offered) and remembers them for the resume. */
    async pause(crisis: Crisis, entryIds: readonly string[], now = Date.now()): Promise<void> {
      await db.transaction('rw', db.crises, db.calendarEntries, async () => {
        const stored = await db.crises.get(crisis.id);
        if (!stored) throw new RecordInputError(t('crisisGone'));
        const paused = new Set(stored.pausedEntryIds);
        for (const id of entryIds) {
          const entry = await db.calendarEntries.get(id);
          if (!entry || entry.pausedBy) continue;
          await db.calendarEntries.put({
            ...entry,
            pausedBy: crisis.id,
            updatedAt: Math.max(now, entry.updatedAt + 1),
          });
          paused.add(id);
        }
        await db.crises.update(crisis.id, { pausedEntryIds: [...paused] });
      });
    },

    /** Resumes what this crisis paused; an entry someone resumed or deleted meanwhile is left as it is. */
    async resume(crisis: Crisis, now = Date.now()): Promise<void> {
      await db.transaction('rw', db.crises, db.calendarEntries, async () => {
        const stored = await db.crises.get(crisis.id);
        for (const id of stored?.pausedEntryIds ?? []) {
          const entry = await db.calendarEntries.get(id);
          if (entry?.pausedBy !== crisis.id) continue;
          const { pausedBy: _, ...resumed } = entry;
          await db.calendarEntries.put({ ...resumed, updatedAt: Math.max(now, entry.updatedAt + 1) });
        }
        await db.crises.update(crisis.id, { pausedEntryIds: [] });
      });
    },

    /**
     * What went out while the crisis lasted: entries marked published, and the brand's own posts that an
     * analytics import brought or a snapshot read on the brand's page, by their publish time, else when the
     * page first showed them. A post matched to a calendar entry that is a line of the log already is left out;
     * matched to one nobody marked published in the crisis, it is the only record that it went out. A post read
     * on the page belongs to the brand listing its account.
     */
    async publishedDuring(
      crisis: Crisis,
      brands: readonly Brand[],
      now = Date.now(),
    ): Promise<PublishedDuringCrisis[]> {
      const until = crisis.endedAt ?? now;
      const inside = (at: number | undefined): at is number =>
        at !== undefined && at >= crisis.startedAt && at <= until;
      const loggedEntries = (await db.calendarEntries.toArray()).filter(
        (entry) => inside(entry.publishedAt) && isBrandsEntry(entry, brands, crisis.brandId),
      );
      const loggedEntryIds = new Set(loggedEntries.map((entry) => entry.id));
      const fromCalendar = loggedEntries.map(
        (entry): PublishedDuringCrisis => ({
          at: entry.publishedAt as number,
          platforms: entry.platforms,
          text: entry.platforms.map((p) => entry.drafts[p]).find(Boolean) ?? entry.title,
          from: 'calendar',
        }),
      );
      // A post read on the page without a time went out by the time it was first seen there.
      const timeOf = (post: OwnPost) => post.publishedAt ?? post.seenOnPageAt;
      const fromAnalytics = (await ownPostsRepository(db).list())
        .filter(
          (post) =>
            inside(timeOf(post)) &&
            !(post.calendarEntryId && loggedEntryIds.has(post.calendarEntryId)) &&
            pickBrand(brands, post.platform, post.account)?.id === crisis.brandId,
        )
        .map(
          (post): PublishedDuringCrisis => ({
            at: timeOf(post) as number,
            platforms: [post.platform],
            text: post.text,
            from: post.seenOnPageAt !== undefined ? 'snapshot' : 'analytics',
            ...(post.permalink ? { permalink: post.permalink } : {}),
          }),
        );
      return [...fromCalendar, ...fromAnalytics].sort((a, b) => a.at - b.at);
    },
  });
}

export type CrisesRepository = ReturnType<typeof crisesRepository>;
