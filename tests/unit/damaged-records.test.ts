import { describe, expect, it } from 'vitest';
import { allHandlers } from '@/entrypoints/background/handlers';
import { createRouter } from '@/entrypoints/background/router';
import { applyRestore, createBackup, planRestore } from '@/utils/backup/full-backup';
import { calendarRepository } from '@/utils/db/calendar';
import { MAX_METRICS_SNAPSHOTS } from '@/utils/db/migrations';
import type { CalendarEntry, ResearchPost } from '@/utils/db/records';
import { researchRepository } from '@/utils/db/research';
import { DamagedRecordError } from '@/utils/db/table-repository';
import { freshDatabaseEachTest } from '../shared/fresh-database';
import { capturedPost } from './captured-post';

const database = freshDatabaseEachTest('damaged-records-test');

const entry: CalendarEntry = {
  id: 'good',
  title: 'Launch',
  at: 1_000,
  timeZone: 'Europe/Berlin',
  platforms: ['x'],
  status: 'draft',
  drafts: {},
  relationship: 'none',
  createdAt: 1,
  updatedAt: 1,
};

/** A post row as an older or hand-edited copy might hold it: its platform is no longer known. */
async function storeDamagedPost(permalink: string): Promise<void> {
  const post = await researchRepository(database()).save(capturedPost({ permalink }), 5);
  await database().researchPosts.update(post.id, { platform: 'myspace' } as unknown as Partial<ResearchPost>);
}

describe('rows that stop parsing', () => {
  it('are listed as damaged with what is wrong, and can be repaired or deleted', async () => {
    const calendar = calendarRepository(database());
    await calendar.put(entry);
    await database().calendarEntries.put({
      ...entry,
      id: 'bad',
      status: 'someday',
    } as unknown as CalendarEntry);
    expect((await calendar.list()).map((e) => e.id)).toEqual(['good']);
    const [damaged, ...rest] = await calendar.damaged();
    expect(rest).toEqual([]);
    expect(damaged).toMatchObject({ table: 'calendarEntries', key: 'bad' });
    expect(damaged?.problem).toMatch(/^status: /);
    // Repair: the corrected row goes through the schema and joins the list again.
    await calendar.put({ ...(damaged?.row as CalendarEntry), status: 'idea' });
    expect(await calendar.damaged()).toEqual([]);
    expect((await calendar.list()).map((e) => e.id).sort()).toEqual(['bad', 'good']);
  });

  it('stay in a full backup (set aside), and the backup still restores', async () => {
    await calendarRepository(database()).put(entry);
    await database().calendarEntries.put({
      ...entry,
      id: 'bad',
      status: 'someday',
    } as unknown as CalendarEntry);
    const file = await createBackup(database());
    const parsed = JSON.parse(file);
    expect(parsed.damaged).toEqual([
      expect.objectContaining({
        table: 'calendarEntries',
        key: 'bad',
        row: expect.objectContaining({ id: 'bad' }),
      }),
    ]);
    const plan = await planRestore(database(), file);
    expect(plan.ok).toBe(true);
    if (plan.ok) await applyRestore(database(), plan);
    expect((await database().calendarEntries.toArray()).map((e) => e.id)).toEqual(['good']);
  });

  it('refuse a new save of the same permalink with a sentence, not a ConstraintError', async () => {
    await storeDamagedPost('https://x.com/acme/status/9');
    const save = researchRepository(database()).save(
      capturedPost({ permalink: 'https://x.com/acme/status/9' }),
      6,
    );
    await expect(save).rejects.toBeInstanceOf(DamagedRecordError);
    await expect(save).rejects.toThrow(/saved copy is damaged.*Settings → Damaged records/);
    expect(await database().researchPosts.count()).toBe(1);

    const route = createRouter(allHandlers(database()), {
      extensionId: 'onbrand-id',
      extensionBaseUrl: 'chrome-extension://onbrand-id/',
    });
    const reply = await route(
      { type: 'research.save', payload: capturedPost({ permalink: 'https://x.com/acme/status/9' }) },
      { id: 'onbrand-id', url: 'https://x.com/home', tab: { id: 1 } } as never,
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/saved copy is damaged/) });
  });
});

describe('growth a content script can cause', () => {
  it('keeps at most the first and the newest metrics snapshots of a post saved again and again', async () => {
    const research = researchRepository(database());
    let id = '';
    for (let i = 0; i < MAX_METRICS_SNAPSHOTS + 50; i++) {
      ({ id } = await research.save(capturedPost({ metrics: { readAt: 1_000 + i, likes: i } }), 1_000 + i));
    }
    const post = await research.get(id);
    expect(post?.metrics).toHaveLength(MAX_METRICS_SNAPSHOTS);
    expect(post?.metrics[0]).toEqual({ readAt: 1_000, likes: 0 });
    expect(post?.metrics.at(-1)).toEqual({ readAt: 1_149, likes: 149 });
  });
});
