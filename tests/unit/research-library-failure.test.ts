import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OnBrandDatabase } from '@/utils/db/database';
import type { LibraryReply } from '@/utils/research/library-protocol';
import { setTestUiLanguage } from '../setup/i18n';
import { researchPost } from './research-post';

/**
 * What the research page shows when its library worker fails: the real worker module
 * (entrypoints/options/research-library.worker.ts) on the real database, its replies worded as the page words
 * them (libraryFailureText): a sentence in the UI language, the database's own words only after "Details:".
 */
let replies: LibraryReply[];
let hear: ((event: MessageEvent<unknown>) => void) | undefined;
/** Who heard of the database's writes before this test's worker started listening. */
let listeners: unknown[];

beforeEach(async () => {
  replies = [];
  hear = undefined;
  vi.resetModules();
  listeners = [...Dexie.on('storagemutated').subscribers];
  // A worker's own globals, which the test environment lacks.
  Object.assign(globalThis, {
    postMessage: (reply: LibraryReply) => replies.push(reply),
    addEventListener: (type: string, listener: typeof hear) => {
      if (type === 'message') hear = listener;
    },
  });
  await Dexie.delete(new OnBrandDatabase().name);
});
afterEach(() => {
  // The test's worker stops hearing writes, as a closed dashboard tab's worker does.
  for (const listener of Dexie.on('storagemutated').subscribers)
    if (!listeners.includes(listener)) Dexie.on('storagemutated').unsubscribe(listener as () => void);
  // A reply still on its way from this test's worker goes nowhere.
  Object.assign(globalThis, { postMessage: () => undefined, addEventListener: () => undefined });
  setTestUiLanguage('en');
});

/** The worker's database (the context's shared one, as the worker opens it) and the worker started on it. */
async function startWorker(before: (db: OnBrandDatabase) => unknown) {
  const { getDatabase } = await import('@/utils/db/database');
  const db = getDatabase();
  await before(db);
  await import('@/entrypoints/options/research-library.worker');
  const { libraryFailureText } = await import('@/utils/research/library-failure');
  const failures = () =>
    replies.flatMap((reply) =>
      reply.type === 'error' ? [{ ...reply, shown: libraryFailureText(reply.failed, reply.detail) }] : [],
    );
  return { db, failures };
}

describe.each([
  {
    language: 'en' as const,
    notLoaded:
      'The research library could not be loaded; your saved posts are unchanged. Reload the dashboard; if it fails again, restart the browser. Details: ',
    notUpdated:
      'The research library could not be brought up to date: the list may lack the latest saves and changes. Reload the dashboard. Details: ',
    noAnswer:
      'The research library could not answer. Try again; if it fails again, reload the dashboard. Details: ',
  },
  {
    language: 'de' as const,
    notLoaded:
      'Die Recherche konnte nicht geladen werden; Ihre gespeicherten Beiträge sind unverändert. Laden Sie das Dashboard neu; schlägt es wieder fehl, starten Sie den Browser neu. Details: ',
    notUpdated:
      'Die Recherche konnte nicht aktualisiert werden: In der Liste fehlen vielleicht die neuesten Speicherungen und Änderungen. Laden Sie das Dashboard neu. Details: ',
    noAnswer:
      'Die Recherche konnte die Anfrage nicht beantworten. Versuchen Sie es noch einmal; schlägt es wieder fehl, laden Sie das Dashboard neu. Details: ',
  },
])('in $language, the research library worker', (expected) => {
  it('loads a saved post and says nothing is wrong (what the failures below are measured against)', async () => {
    setTestUiLanguage(expected.language);
    const { failures } = await startWorker((db) => db.researchPosts.put(researchPost({ text: 'Marmalade' })));
    await vi.waitFor(() =>
      expect(replies).toContainEqual(expect.objectContaining({ type: 'status', size: 1 })),
    );
    expect(failures()).toEqual([]);
  });

  it('could not read the library: says so, the database’s words only after “Details:”', async () => {
    setTestUiLanguage(expected.language);
    const { failures } = await startWorker((db) => db.close());
    await vi.waitFor(() => expect(failures().length).toBeGreaterThan(0));
    for (const failure of failures()) {
      expect(failure.failed).toBe('load');
      expect(failure.shown.startsWith(expected.notLoaded), failure.shown).toBe(true);
      expect(failure.shown.length).toBeGreaterThan(expected.notLoaded.length);
    }
  });

  it('could not take a save made elsewhere into the list: says the list may be out of date', async () => {
    setTestUiLanguage(expected.language);
    const { db, failures } = await startWorker(() => undefined);
    await vi.waitFor(() =>
      expect(replies).toContainEqual(expect.objectContaining({ type: 'status', loaded: true })),
    );
    db.close();
    // The background saves a post through its own connection; the worker hears of it and cannot read it.
    const background = new OnBrandDatabase();
    await background.researchPosts.put(researchPost({ text: 'Saved from a feed' }));
    background.close();
    await vi.waitFor(() => expect(failures()).toHaveLength(1));
    const [failure] = failures();
    expect(failure?.failed).toBe('update');
    expect(failure?.shown.startsWith(expected.notUpdated), failure?.shown).toBe(true);
  });

  it('could not answer a request it cannot read: says so, with no seq to hand it to', async () => {
    setTestUiLanguage(expected.language);
    const { failures } = await startWorker(() => undefined);
    hear?.(new MessageEvent('message', { data: { type: 'export', seq: 1, format: 'pdf' } }));
    expect(failures()).toHaveLength(1);
    expect(failures()[0]?.shown.startsWith(expected.noAnswer), failures()[0]?.shown).toBe(true);
  });
});
