import type * as z from 'zod/mini';
import { PLATFORM_IDS, type PlatformId } from '../checks/types';
import { t } from '../i18n';
import { siteName } from '../sites/meta';
import type { OnBrandDatabase } from './database';
import { describeInputIssue, type FieldLabels } from './input-problems';
import { type CalendarEntry, CalendarEntrySchema } from './records';
import { TableRepository } from './table-repository';

/**
 * A calendar entry that can't be saved, with one plain sentence per problem in the UI language (`problems`,
 * which the editor and a drag show); the message joins them, for logs.
 */
export class CalendarEntryError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
    this.name = 'CalendarEntryError';
  }
}

const FIELD_LABELS: FieldLabels = {
  id: 'calendarProblemFieldId',
  title: 'calendarProblemFieldTitle',
  at: 'calendarProblemFieldAt',
  timeZone: 'calendarProblemFieldTimeZone',
  platforms: 'calendarProblemFieldPlatforms',
  status: 'calendarProblemFieldStatus',
  campaign: 'calendarProblemFieldCampaign',
  drafts: 'calendarProblemFieldDrafts',
  relationship: 'calendarProblemFieldRelationship',
  partnerBrand: 'calendarProblemFieldPartnerBrand',
  assets: 'calendarProblemFieldAssets',
  researchPostIds: 'calendarProblemFieldResearchPostIds',
  notes: 'calendarProblemFieldNotes',
};

const isPlatformId = (value: unknown): value is PlatformId =>
  (PLATFORM_IDS as readonly unknown[]).includes(value);

/** "Title: Give the entry a title.", in the UI language; a draft's field is named by its platform's name. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const [field, second] = issue.path;
  const platform = isPlatformId(second) ? siteName(second) : String(second);
  if (field === 'drafts' && second !== undefined)
    return t('fieldProblem', t('calendarProblemDraftFor', platform), issue.message);
  if (field === 'publishedLinks' && second !== undefined)
    return t('fieldProblem', t('calendarPublishedLinkOn', platform), issue.message);
  return describeInputIssue(issue, FIELD_LABELS, 'calendarProblemFieldEntry');
}

/** Everything wrong with a would-be entry, as sentences a user can act on; empty when it is valid. */
export function calendarEntryProblems(value: unknown): string[] {
  const result = CalendarEntrySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map(describeIssue);
}

export function parseCalendarEntry(value: unknown): CalendarEntry {
  const result = CalendarEntrySchema.safeParse(value);
  if (!result.success) throw new CalendarEntryError(result.error.issues.map(describeIssue));
  return result.data;
}

/**
 * A save refused because the stored entry changed (or went) since the editor opened it: saving would undo
 * that change, e.g. a "Mark published" done from the composer meanwhile. `current` is the stored entry now.
 * Its message is for logs: the calendar words the conflict itself in the UI language (CalendarPage's
 * conflictText, moveRefusalText for a drag), since only it knows which choices the user has.
 */
export class CalendarConflictError extends Error {
  constructor(readonly current: CalendarEntry | undefined) {
    super(
      current
        ? `Calendar entry ${current.id} changed since it was read`
        : 'Calendar entry deleted since it was read',
    );
    this.name = 'CalendarConflictError';
  }
}

export interface SaveOptions {
  /**
   * The `updatedAt` of the stored entry the edit started from. When given, the save is refused with a
   * CalendarConflictError if the stored entry is no longer that one. Absent: write over whatever is there.
   */
  basedOn?: number;
}

export interface ImportOutcome {
  added: number;
  /** Entries already in the calendar (same iCalendar UID), left as they are. */
  alreadyThere: number;
}

export function calendarRepository(db: OnBrandDatabase) {
  const repository = new TableRepository<CalendarEntry>(db.calendarEntries, CalendarEntrySchema);
  return Object.assign(repository, {
    /** Entries whose time falls in [from, to), in time order. */
    async between(from: number, to: number): Promise<CalendarEntry[]> {
      return repository.parseMany(
        await db.calendarEntries.where('at').between(from, to, true, false).toArray(),
      );
    },

    /** Entries with `status` (the status index), e.g. those in review. */
    async withStatus(status: CalendarEntry['status']): Promise<CalendarEntry[]> {
      return repository.parseMany(await db.calendarEntries.where('status').equals(status).toArray());
    },

    /**
     * Validates with readable messages (CalendarEntryError), then writes. `updatedAt` only ever grows for one
     * entry (a write in the same millisecond as the last gets the next one), so it identifies a version.
     */
    async save(entry: CalendarEntry, { basedOn }: SaveOptions = {}): Promise<CalendarEntry> {
      const valid = parseCalendarEntry(entry);
      return db.transaction('rw', db.calendarEntries, async () => {
        const current = await db.calendarEntries.get(valid.id);
        if (basedOn !== undefined && current?.updatedAt !== basedOn) {
          throw new CalendarConflictError(
            current === undefined ? undefined : repository.parseMany([current])[0],
          );
        }
        const stored = { ...valid, updatedAt: nextVersion(current, valid.updatedAt) };
        await db.calendarEntries.put(stored);
        return stored;
      });
    },

    /**
     * Adds imported entries in one transaction: every one is validated before anything is written, so a bad
     * one changes nothing. Entries whose `icalUid` is already in the calendar are left out, not doubled.
     */
    async importEntries(entries: CalendarEntry[]): Promise<ImportOutcome> {
      const problems = entries.flatMap((entry, index) =>
        calendarEntryProblems(entry).map((problem) => `Event ${index + 1} (“${entry.title}”): ${problem}`),
      );
      if (problems.length > 0) throw new CalendarEntryError(problems);
      return db.transaction('rw', db.calendarEntries, async () => {
        const uids = entries.flatMap((entry) => (entry.icalUid ? [entry.icalUid] : []));
        const existing = new Set(
          (await db.calendarEntries.where('icalUid').anyOf(uids).toArray()).map((entry) => entry.icalUid),
        );
        // An exported OnBrand entry carries its own id in its UID, so it counts as already there too.
        const ownIds = uids.flatMap((uid) => (uid.endsWith(OWN_UID_SUFFIX) ? [idFromOwnUid(uid)] : []));
        for (const entry of await db.calendarEntries.bulkGet(ownIds)) {
          if (entry) existing.add(ownUidOf(entry.id));
        }
        const fresh = entries.filter((entry) => {
          if (!entry.icalUid) return true;
          if (existing.has(entry.icalUid)) return false;
          existing.add(entry.icalUid);
          return true;
        });
        await db.calendarEntries.bulkAdd(fresh);
        return { added: fresh.length, alreadyThere: entries.length - fresh.length };
      });
    },

    /** `published`: the post's link on one platform, kept beside the links the entry has for the others. */
    async markPublished(
      id: string,
      now: number,
      published?: { platform: PlatformId; link: string },
    ): Promise<CalendarEntry> {
      return db.transaction('rw', db.calendarEntries, async () => {
        const entry = await repository.get(id);
        if (!entry) throw new Error('That calendar entry no longer exists.');
        return repository.put({
          ...entry,
          status: 'published',
          publishedAt: now,
          ...(published && {
            publishedLinks: { ...entry.publishedLinks, [published.platform]: published.link },
          }),
          updatedAt: nextVersion(entry, now),
        });
      });
    },
  });
}

/** `wanted`, or one past the stored version when that is not later: versions of an entry never repeat. */
function nextVersion(current: { updatedAt?: unknown } | undefined, wanted: number): number {
  const previous = typeof current?.updatedAt === 'number' ? current.updatedAt : -1;
  return wanted > previous ? wanted : previous + 1;
}

export type CalendarRepository = ReturnType<typeof calendarRepository>;

const OWN_UID_SUFFIX = '@calendar.onbrand';

/** The iCalendar UID an OnBrand entry is exported with. */
export function ownUidOf(id: string): string {
  return `${id}${OWN_UID_SUFFIX}`;
}

function idFromOwnUid(uid: string): string {
  return uid.slice(0, -OWN_UID_SUFFIX.length);
}
