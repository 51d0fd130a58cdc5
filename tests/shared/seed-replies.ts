import type { SavedReply } from '@/utils/db/records';

export type SeedReply = Partial<SavedReply> & Pick<SavedReply, 'title' | 'body'>;

/**
 * Runs inside an extension page (handed to the driver's evaluate): stores replies and the user's name straight
 * into the extension's database, the way the dashboard would have saved them. Dexie's live queries don't see
 * writes made behind its back, so reload the page afterwards.
 */
export async function storeSeedReplies({ rows, name }: { rows: SeedReply[]; name: string }): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('onbrand');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['savedReplies', 'settings'], 'readwrite');
  for (const [index, row] of rows.entries()) {
    tx.objectStore('savedReplies').put({
      id: `seed-${index}`,
      tags: [],
      platforms: [],
      variants: {},
      usageCount: 0,
      createdAt: 1,
      updatedAt: 1,
      ...row,
    });
  }
  tx.objectStore('settings').put({ key: 'myName', value: name });
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
