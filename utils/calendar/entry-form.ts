import type { PlatformId, Relationship } from '../checks/types';
import { calendarEntryProblems } from '../db/calendar';
import type { CalendarAsset, CalendarEntry, CalendarStatus } from '../db/records';
import { t } from '../i18n';
import { type ResolvedTime, resolveWallTime, wallTimeOf } from './time';

/** What the entry editor holds while the user types: the entry with its time as day + clock strings. */
export interface EntryForm {
  id: string;
  title: string;
  day: string;
  time: string;
  platforms: PlatformId[];
  status: CalendarStatus;
  campaign: string;
  /** A content pillar's value, or '' for none. */
  pillar: string;
  relationship: Relationship;
  partnerBrand: string;
  drafts: Partial<Record<PlatformId, string>>;
  /** The published posts' links as typed, per platform (kept only while the entry is published). */
  publishedLinks: Partial<Record<PlatformId, string>>;
  assets: CalendarAsset[];
  researchPostIds: string[];
  notes: string;
  /** Where a stored entry was planned, when that is not the zone it is edited in: its wall time there. */
  plannedIn?: { timeZone: string; day: string; time: string };
  /** Kept from the stored entry. */
  icalUid?: string;
  publishedAt?: number;
  /** The crisis that paused the entry: an edit must not resume it (only the crisis page does). */
  pausedBy?: string;
  createdAt?: number;
  /** The stored entry's `updatedAt` when the editor opened it: a save refuses to overwrite a later change. */
  basedOn?: number;
}

export function newEntryForm(day: string, time = '09:00'): EntryForm {
  return {
    id: crypto.randomUUID(),
    title: '',
    day,
    time,
    platforms: [],
    status: 'idea',
    campaign: '',
    pillar: '',
    relationship: 'none',
    partnerBrand: '',
    drafts: {},
    publishedLinks: {},
    assets: [],
    researchPostIds: [],
    notes: '',
  };
}

export function formOf(entry: CalendarEntry, timeZone: string): EntryForm {
  return {
    ...wallTimeOf(entry.at, timeZone),
    id: entry.id,
    title: entry.title,
    platforms: entry.platforms,
    status: entry.status,
    campaign: entry.campaign ?? '',
    pillar: entry.pillar ?? '',
    relationship: entry.relationship,
    partnerBrand: entry.partnerBrand ?? '',
    drafts: entry.drafts,
    publishedLinks: entry.publishedLinks ?? {},
    assets: entry.assets ?? [],
    researchPostIds: entry.researchPostIds ?? [],
    notes: entry.notes ?? '',
    plannedIn:
      entry.timeZone === timeZone
        ? undefined
        : { timeZone: entry.timeZone, ...wallTimeOf(entry.at, entry.timeZone) },
    icalUid: entry.icalUid,
    publishedAt: entry.publishedAt,
    pausedBy: entry.pausedBy,
    createdAt: entry.createdAt,
    basedOn: entry.updatedAt,
  };
}

/** Whether the user changed anything in the form since it opened (what closing it would lose). */
export function isEdited(initial: EntryForm, form: EntryForm): boolean {
  return canonical(initial) !== canonical(form);
}

function canonical(form: EntryForm): string {
  return JSON.stringify(form, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined && v !== '')
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : value,
  );
}

export type FormResult =
  | { ok: true; entry: CalendarEntry; time: ResolvedTime }
  | { ok: false; problems: string[] };

/** The entry a form describes, or every reason it can't be saved. Empty optional fields are left out. */
export function entryFromForm(form: EntryForm, timeZone: string, now: number): FormResult {
  let time: ResolvedTime;
  try {
    time = resolveWallTime({ day: form.day, time: form.time }, timeZone);
  } catch (error) {
    return {
      ok: false,
      problems: [t('calendarProblemBadDateTime', error instanceof Error ? error.message : String(error))],
    };
  }
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  // A link belongs to a platform the entry still plans, and only while it is marked published.
  const publishedLinks = Object.fromEntries(
    Object.entries(form.publishedLinks).flatMap(([platform, link]) =>
      form.status === 'published' && form.platforms.includes(platform as PlatformId) && link?.trim()
        ? [[platform, link.trim()]]
        : [],
    ),
  );
  const entry: CalendarEntry = {
    id: form.id,
    title: form.title.trim(),
    at: time.at,
    timeZone,
    platforms: form.platforms,
    status: form.status,
    campaign: optional(form.campaign),
    pillar: optional(form.pillar),
    drafts: Object.fromEntries(Object.entries(form.drafts).filter(([, text]) => text)),
    relationship: form.relationship,
    partnerBrand: optional(form.partnerBrand),
    assets: form.assets,
    researchPostIds: form.researchPostIds,
    notes: optional(form.notes),
    icalUid: form.icalUid,
    publishedAt: form.status === 'published' ? (form.publishedAt ?? now) : undefined,
    publishedLinks: Object.keys(publishedLinks).length > 0 ? publishedLinks : undefined,
    pausedBy: form.pausedBy,
    createdAt: form.createdAt ?? now,
    updatedAt: now,
  };
  // Dexie stores `undefined` properties as missing, but the record should not carry them either.
  for (const key of Object.keys(entry) as (keyof CalendarEntry)[])
    if (entry[key] === undefined) delete entry[key];
  const problems = calendarEntryProblems(entry);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entry, time };
}
