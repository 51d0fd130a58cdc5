import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { calendarHandlers } from '@/entrypoints/background/handlers/calendar';
import { formOf, isEdited } from '@/utils/calendar/entry-form';
import {
  dropUnsavedEdit,
  keepUnsavedEdit,
  UNSAVED_EDITS_KEY,
  unsavedEdits,
} from '@/utils/calendar/unsaved-edits';
import { CalendarConflictError, calendarRepository } from '@/utils/db/calendar';
import { freshDatabaseEachTest } from '../shared/fresh-database';
import { calendarEntry } from './calendar-entry';

const database = freshDatabaseEachTest('calendar-lost-work-test');

const extensionPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

describe('saving an entry that changed since the editor opened it', () => {
  it('asks instead of undoing a "Mark published" done meanwhile', async () => {
    const calendar = calendarRepository(database());
    const opened = await calendar.save(calendarEntry({ updatedAt: 100 }));
    const form = formOf(opened, 'Europe/Berlin');
    // Meanwhile, from the popup (or the composer): marked published.
    await calendarHandlers(database())['calendar.markPublished']({ id: opened.id }, extensionPage as never, {
      extensionPage: true,
    });

    const edited = { ...opened, title: 'Edited in the dashboard', updatedAt: Date.now() };
    const save = calendar.save(edited, { basedOn: form.basedOn });
    await expect(save).rejects.toBeInstanceOf(CalendarConflictError);
    // The calendar words the conflict from the stored entry it carries (conflictText: "marked published").
    await expect(save).rejects.toMatchObject({
      current: { status: 'published', title: 'Spring launch teaser' },
    });
    const stored = await calendar.get(opened.id);
    expect(stored).toMatchObject({ status: 'published', title: 'Spring launch teaser' });

    // "Keep my version": based on the entry as it is now, the save goes through.
    const kept = await calendar.save(edited, { basedOn: stored?.updatedAt });
    expect(kept.title).toBe('Edited in the dashboard');
  });

  it('asks when the entry was deleted meanwhile, instead of bringing it back unasked', async () => {
    const calendar = calendarRepository(database());
    const opened = await calendar.save(calendarEntry());
    await calendar.delete(opened.id);
    const save = calendar.save(opened, { basedOn: opened.updatedAt });
    await expect(save).rejects.toBeInstanceOf(CalendarConflictError);
    await expect(save).rejects.toMatchObject({ current: undefined });
    expect(await calendar.get(opened.id)).toBeUndefined();
  });

  it('gives every write of an entry a new version, even two in the same millisecond', async () => {
    const calendar = calendarRepository(database());
    const first = await calendar.save(calendarEntry({ updatedAt: 500 }));
    const published = await calendar.markPublished(first.id, 500);
    expect(published.updatedAt).toBe(501);
    await expect(calendar.save({ ...first, title: 'Stale' }, { basedOn: 500 })).rejects.toBeInstanceOf(
      CalendarConflictError,
    );
  });
});

describe('unsaved edits', () => {
  const form = formOf(calendarEntry(), 'Europe/Berlin');

  it('counts as edited only what the user changed', () => {
    expect(isEdited(form, { ...form })).toBe(false);
    expect(isEdited(form, { ...form, drafts: { ...form.drafts } })).toBe(false);
    expect(isEdited(form, { ...form, title: 'New title' })).toBe(true);
  });

  it('are kept in session storage, offered back newest first, and dropped once saved or discarded', async () => {
    await keepUnsavedEdit({ ...form, title: 'Half written' }, false, 10);
    await keepUnsavedEdit({ ...form, id: 'e2', title: 'New idea' }, true, 20);
    await keepUnsavedEdit({ ...form, title: 'Half written, more' }, false, 30);
    expect((await unsavedEdits()).map((edit) => [edit.form.title, edit.isNew])).toEqual([
      ['Half written, more', false],
      ['New idea', true],
    ]);
    await dropUnsavedEdit('e1');
    expect((await unsavedEdits()).map((edit) => edit.form.id)).toEqual(['e2']);
    // Not in storage a page can read: the extension's session area only.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keep the 20 newest, and skip a kept item that no longer reads', async () => {
    for (let i = 0; i < 25; i++) await keepUnsavedEdit({ ...form, id: `e${i}` }, false, i);
    const all = await unsavedEdits();
    expect(all).toHaveLength(20);
    expect(all[0]?.form.id).toBe('e24');
    const stored = (await fakeBrowser.storage.session.get(UNSAVED_EDITS_KEY))[UNSAVED_EDITS_KEY] as unknown[];
    await fakeBrowser.storage.session.set({ [UNSAVED_EDITS_KEY]: [{ form: 'broken' }, ...stored] });
    expect(await unsavedEdits()).toHaveLength(20);
  });
});
