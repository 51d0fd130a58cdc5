import Dexie, { type Table } from 'dexie';
import type { Brand, CalendarEntry, ResearchPost, SavedReply, Setting } from './records';

export const DB_NAME = 'onbrand';

/**
 * The one database, in the extension origin only: the background, popup and dashboard open it; content
 * scripts never do (they would open the site's IndexedDB) and ask the background instead.
 */
export class OnBrandDatabase extends Dexie {
  brands!: Table<Brand, string>;
  calendarEntries!: Table<CalendarEntry, string>;
  savedReplies!: Table<SavedReply, string>;
  researchPosts!: Table<ResearchPost, string>;
  settings!: Table<Setting, string>;

  constructor(name = DB_NAME) {
    super(name);
    // Keep every version declaration once released: users upgrade from any of them.
    this.version(1).stores({
      brands: 'id, name',
      calendarEntries: 'id, at, status, campaign, *platforms, icalUid',
      savedReplies: 'id, &shortcut, title, usageCount, lastUsedAt, *tags',
      researchPosts: 'id, &permalink, platform, author.handle, publishedAt, savedAt, *tags, *collections',
      settings: 'key',
    });
  }
}

let shared: OnBrandDatabase | undefined;

/** The database of this extension context, opened on first use. */
export function getDatabase(): OnBrandDatabase {
  shared ??= new OnBrandDatabase();
  return shared;
}
