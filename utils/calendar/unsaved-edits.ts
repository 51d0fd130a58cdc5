import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { PlatformIdSchema, RelationshipSchema } from '../checks/schemas';
import { Id, LongText, ShortText, Timestamp } from '../db/fields';
import { CALENDAR_STATUSES, CalendarAssetSchema } from '../db/records';
import type { EntryForm } from './entry-form';

/**
 * Calendar edits not saved yet, kept in the extension's session storage as the user types: Escape, a closed
 * tab or a crashed dashboard does not lose them, and the calendar offers them back. Session storage lives
 * until the browser quits, is not written to disk, and content scripts cannot read it (its default access
 * level is trusted contexts only).
 */
export const UNSAVED_EDITS_KEY = 'calendar.unsavedEdits';
/** Edits of more entries than this are not kept: the oldest goes first. */
const MAX_KEPT = 20;

const FormSchema = z.object({
  id: Id,
  title: z.string().check(z.maxLength(1000)),
  day: ShortText,
  time: ShortText,
  platforms: z.array(PlatformIdSchema),
  status: z.enum(CALENDAR_STATUSES),
  campaign: ShortText,
  // Kept edits from before pillars existed have none.
  pillar: z._default(ShortText, ''),
  relationship: RelationshipSchema,
  partnerBrand: ShortText,
  drafts: z.partialRecord(PlatformIdSchema, LongText),
  // Kept edits from before published links existed have none.
  publishedLinks: z._default(z.partialRecord(PlatformIdSchema, LongText), {}),
  assets: z.array(CalendarAssetSchema),
  researchPostIds: z.array(Id),
  notes: LongText,
  plannedIn: z.optional(z.object({ timeZone: ShortText, day: ShortText, time: ShortText })),
  icalUid: z.optional(ShortText),
  publishedAt: z.optional(Timestamp),
  pausedBy: z.optional(Id),
  createdAt: z.optional(Timestamp),
  basedOn: z.optional(Timestamp),
});

const UnsavedEditSchema = z.object({ form: FormSchema, isNew: z.boolean(), keptAt: Timestamp });
export type UnsavedEdit = { form: EntryForm; isNew: boolean; keptAt: number };

async function readAll(): Promise<UnsavedEdit[]> {
  const stored = (await browser.storage.session.get(UNSAVED_EDITS_KEY))[UNSAVED_EDITS_KEY];
  if (!Array.isArray(stored)) return [];
  // One damaged item (an older format) costs only itself.
  return stored.flatMap((item) => {
    const parsed = UnsavedEditSchema.safeParse(item);
    return parsed.success ? [parsed.data as UnsavedEdit] : [];
  });
}

/** Edits kept from earlier, newest first. */
export async function unsavedEdits(): Promise<UnsavedEdit[]> {
  return (await readAll()).sort((a, b) => b.keptAt - a.keptAt);
}

/** Keeps (or replaces) the unsaved form of one entry. */
export async function keepUnsavedEdit(form: EntryForm, isNew: boolean, now = Date.now()): Promise<void> {
  const others = (await readAll()).filter((edit) => edit.form.id !== form.id);
  const kept = [{ form, isNew, keptAt: now }, ...others.sort((a, b) => b.keptAt - a.keptAt)].slice(
    0,
    MAX_KEPT,
  );
  await browser.storage.session.set({ [UNSAVED_EDITS_KEY]: kept });
}

/** Forgets the unsaved form of an entry: it was saved, or the user chose to discard it. */
export async function dropUnsavedEdit(id: string): Promise<void> {
  const all = await readAll();
  if (!all.some((edit) => edit.form.id === id)) return;
  await browser.storage.session.set({ [UNSAVED_EDITS_KEY]: all.filter((edit) => edit.form.id !== id) });
}
