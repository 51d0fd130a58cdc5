import Dexie, { type Table } from 'dexie';
import { t } from '../i18n';
import type { TeamCheckpoint, TeamDocState, TeamRecordState } from '../team/records';
import type { ImportSource, SnapshotSet } from './analytics-records';
import type { FollowUp } from './follow-up-records';
import { SCHEMA_VERSIONS } from './migrations';
import type { PostPack } from './post-packs';
import type { Brand, CalendarEntry, Crisis, Partner, ResearchPost, SavedReply, Setting } from './records';
import type { WebStat } from './web-stats-records';

export const DB_NAME = 'onbrand';

/** Why the database stopped being usable in this page, as a sentence for the user. */
export type DatabaseNotice = { kind: 'blocked' | 'versionchange'; message: string };

export const blockedMessage = () => t('databaseBlocked');
export const versionChangeMessage = () => t('databaseVersionChange');

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
  /** The brand's own posts, many to a row (utils/db/post-packs.ts). */
  postPacks!: Table<PostPack, string>;
  snapshotSets!: Table<SnapshotSet, string>;
  importSources!: Table<ImportSource, string>;
  teamDocs!: Table<TeamDocState, string>;
  teamCheckpoints!: Table<TeamCheckpoint, string>;
  teamRecords!: Table<TeamRecordState, string>;
  partners!: Table<Partner, string>;
  crises!: Table<Crisis, string>;
  webStats!: Table<WebStat, string>;
  followUps!: Table<FollowUp, string>;

  /** The last blocked/versionchange notice, for pages that mount after it happened. */
  notice: DatabaseNotice | undefined;
  private readonly noticeListeners = new Set<(notice: DatabaseNotice) => void>();

  constructor(name = DB_NAME) {
    super(name);
    // Every released version stays declared (utils/db/migrations.ts): users upgrade from any of them.
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // An upgrade waiting for another tab to let go of the old version.
    this.on('blocked', () => this.tell({ kind: 'blocked', message: blockedMessage() }));
    // Another context opened a newer version: let go of ours (or its upgrade stays blocked), and say so.
    this.on('versionchange', () => {
      this.close();
      this.tell({ kind: 'versionchange', message: versionChangeMessage() });
      return false;
    });
  }

  /** Calls `listener` with each notice (and at once with the last one); returns the unsubscribe. */
  onNotice(listener: (notice: DatabaseNotice) => void): () => void {
    this.noticeListeners.add(listener);
    if (this.notice) listener(this.notice);
    return () => {
      this.noticeListeners.delete(listener);
    };
  }

  private tell(notice: DatabaseNotice): void {
    this.notice = notice;
    for (const listener of this.noticeListeners) listener(notice);
  }
}

let shared: OnBrandDatabase | undefined;

/** The database of this extension context, opened on first use. */
export function getDatabase(): OnBrandDatabase {
  shared ??= new OnBrandDatabase();
  return shared;
}
