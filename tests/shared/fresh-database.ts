import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OnBrandDatabase } from '@/utils/db/database';

/**
 * A new, empty OnBrand database (fake-indexeddb) and a reset fake browser before each test of the calling
 * file, closed after it. Call at the top of a describe (or file); use the returned getter inside tests.
 */
export function freshDatabaseEachTest(name: string): () => OnBrandDatabase {
  let db: OnBrandDatabase | undefined;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = await freshDatabase(name);
  });
  afterEach(() => db?.close());
  return () => {
    if (!db) throw new Error('freshDatabaseEachTest: the database is open only inside a test');
    return db;
  };
}

/** The same database for files with their own set-up: delete, create and open it in their `beforeEach`. */
export async function freshDatabase(name: string): Promise<OnBrandDatabase> {
  await Dexie.delete(name);
  const db = new OnBrandDatabase(name);
  await db.open();
  return db;
}
