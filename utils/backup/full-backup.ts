import Dexie, { type Table } from 'dexie';
import * as z from 'zod/mini';
import {
  groupIntoSets,
  ImportSourceSchema,
  OwnPostSchema,
  type PostSnapshot,
  PostSnapshotSchema,
  SnapshotSetSchema,
} from '../db/analytics-records';
import type { OnBrandDatabase } from '../db/database';
import { FollowUpSchema } from '../db/follow-up-records';
import { ownPostsRepository, packPosts } from '../db/post-packs';
import {
  BrandSchema,
  CalendarEntrySchema,
  CrisisSchema,
  PartnerSchema,
  ResearchPostSchema,
  SavedReplySchema,
  SettingSchema,
} from '../db/records';
import { type DamagedRecord, describeProblems } from '../db/table-repository';
import { WebStatSchema } from '../db/web-stats-records';
import { type MessageKey, t } from '../i18n';
import { readFormatFile } from '../json-file';

/**
 * One JSON file with everything OnBrand stores. Restoring makes the database equal to the file: it is
 * validated whole before anything is touched, shown as a plan, then written in one transaction, so a bad
 * file (or a write that fails half-way) leaves the database exactly as it was.
 */
export const BACKUP_FORMAT = 'onbrand-backup';
/**
 * 2: the brand's post numbers are `snapshotSets` (one row per imported file) instead of `postSnapshots` (one
 * row per post and file). A version 1 file still restores: its snapshots are grouped into sets.
 */
export const BACKUP_FORMAT_VERSION = 2;

/** Settings hold short lists and strings; a value nested deeper is not OnBrand's (and would overflow the stack). */
const MAX_SETTING_DEPTH = 16;

/** Whether arrays and objects in `value` nest at most `max` levels, checked without recursion. */
function nestingAtMost(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    if (depth >= max) return false;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return true;
}

/**
 * Every table and the schema of its records, in restore order. A unit test checks this lists every table
 * of the database, so a new table cannot be left out of backups unnoticed.
 */
export const BACKUP_TABLES = {
  settings: z.extend(SettingSchema, {
    value: z.unknown().check(
      z.refine((value) => nestingAtMost(value, MAX_SETTING_DEPTH), {
        error: () => t('backupSettingTooDeep', MAX_SETTING_DEPTH),
      }),
    ),
  }),
  brands: BrandSchema,
  calendarEntries: CalendarEntrySchema,
  savedReplies: SavedReplySchema,
  researchPosts: ResearchPostSchema,
  importSources: ImportSourceSchema,
  ownPosts: OwnPostSchema,
  snapshotSets: SnapshotSetSchema,
  partners: PartnerSchema,
  crises: CrisisSchema,
  webStats: WebStatSchema,
  followUps: FollowUpSchema,
} as const;
export type BackupTableName = keyof typeof BACKUP_TABLES;

/**
 * Tables a backup leaves out: team sync metadata describes this install's agreement with one server, and
 * restored revisions would be stale. (A restore while connected to a team still pushes the restored entries
 * as edits; the README says to disconnect first.)
 */
export const NOT_BACKED_UP = ['teamDocs', 'teamCheckpoints', 'teamRecords'] as const;
const TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTableName[];

const TABLE_LABELS: Record<BackupTableName, MessageKey> = {
  settings: 'backupTableSettings',
  brands: 'backupTableBrands',
  calendarEntries: 'backupTableCalendarEntries',
  savedReplies: 'backupTableSavedReplies',
  researchPosts: 'backupTableResearchPosts',
  importSources: 'backupTableImportSources',
  ownPosts: 'backupTableOwnPosts',
  snapshotSets: 'backupTableSnapshotSets',
  partners: 'backupTablePartners',
  crises: 'backupTableCrises',
  webStats: 'analyticsWebBackupTable',
  followUps: 'followUpsBackupTable',
};

/**
 * Tables newer than the first backups. A backup made before they existed has no such table; restoring it
 * keeps what these tables hold now instead of refusing the file or emptying them.
 */
const TABLES_ADDED_LATER: readonly BackupTableName[] = [
  'importSources',
  'ownPosts',
  'snapshotSets',
  'partners',
  'crises',
  'webStats',
  'followUps',
];

const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().check(z.int(), z.minimum(1)),
  tables: z.record(z.string(), z.array(z.unknown())),
});

type Row = Record<string, unknown>;

/** JSON with object keys sorted, so a record read back in another key order still compares equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export interface TableChange {
  table: BackupTableName;
  label: string;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

export type RestorePlan =
  | { ok: true; rows: Record<BackupTableName, Row[]>; changes: TableChange[] }
  | { ok: false; errors: string[] };

/**
 * Where a backup table's rows are stored, when not in the table of its name: own posts are stored many to a
 * row (utils/db/post-packs.ts), and a backup keeps them a list of posts, so a file of any version restores and
 * a new file reads like an old one.
 */
export const STORED_IN: Partial<Record<BackupTableName, string>> = { ownPosts: 'postPacks' };

function tableOf(db: OnBrandDatabase, name: BackupTableName): Table<Row, string> {
  return db.table(STORED_IN[name] ?? name);
}

/**
 * The table's records as stored (damaged ones included): own posts taken out of their packs, snapshot sets
 * without their write stamp (it tells this install's reads apart, utils/db/checked-rows.ts, and is no data).
 */
async function rowsOf(db: OnBrandDatabase, name: BackupTableName): Promise<Row[]> {
  if (name === 'ownPosts') return (await ownPostsRepository(db).rows()) as Row[];
  const rows = await tableOf(db, name).toArray();
  return name === 'snapshotSets' ? rows.map(withoutStamp) : rows;
}

function withoutStamp(row: Row): Row {
  if (!('stamp' in row)) return row;
  const { stamp: _stamp, ...rest } = row;
  return rest;
}

/** Stores these records as the table's only ones: own posts put into their packs. */
async function replaceRows(db: OnBrandDatabase, name: BackupTableName, rows: Row[]): Promise<void> {
  await tableOf(db, name).clear();
  await tableOf(db, name).bulkAdd(name === 'ownPosts' ? (packPosts(rows) as unknown as Row[]) : rows);
}

/**
 * The file has every row. Rows that no longer parse go in `damaged` (with what is wrong) rather than in
 * `tables`, so they are kept in the file while the file still restores; a restore leaves them out.
 */
export async function createBackup(db: OnBrandDatabase, now = new Date()): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  const damaged: DamagedRecord[] = [];
  await db.transaction(
    'r',
    TABLE_NAMES.map((name) => tableOf(db, name)),
    async () => {
      for (const name of TABLE_NAMES) {
        const schema = BACKUP_TABLES[name] as z.ZodMiniType<Row>;
        tables[name] = [];
        for (const row of await rowsOf(db, name)) {
          const parsed = schema.safeParse(row);
          if (parsed.success) tables[name].push(row);
          else
            damaged.push({
              table: name,
              key: String(row[keyFieldOf(name)]),
              problem: describeProblems(parsed.error.issues),
              row,
            });
        }
        // A pack whose envelope is broken holds no readable post; the file keeps it whole.
        if (name === 'ownPosts')
          damaged.push(...ownPostsRepository(db).unreadablePacks(await db.postPacks.toArray()));
      }
    },
  );
  return `${JSON.stringify(
    {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      exportedAt: now.toISOString(),
      tables,
      ...(damaged.length ? { damaged } : {}),
    },
    null,
    1,
  )}\n`;
}

const keyFieldOf = (name: BackupTableName) => (name === 'settings' ? 'key' : 'id');

/** `researchPosts[12].author.handle: …`: where in the file, in the words of the file. */
function issuePath(table: string, index: number, path: readonly PropertyKey[]): string {
  return `${table}[${index}]${path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('')}`;
}

const MAX_ERRORS = 20;

/**
 * Validates a backup file completely and compares it with the database; changes nothing. Never throws: a
 * file that breaks the comparison itself is refused with a sentence too.
 */
export async function planRestore(db: OnBrandDatabase, text: string): Promise<RestorePlan> {
  try {
    return await planRestoreOrThrow(db, text);
  } catch (error) {
    return {
      ok: false,
      errors: [t('backupNotReadable', error instanceof Error ? error.message : String(error))],
    };
  }
}

/**
 * The values the write's unique indexes (`&shortcut`, `&permalink`, read from the Dexie schema so a new one is
 * covered too) would refuse, as sentences: a plan must not approve what the write then rejects.
 */
function uniquenessErrors(db: OnBrandDatabase, name: BackupTableName, rows: readonly Row[]): string[] {
  const errors: string[] = [];
  for (const index of tableOf(db, name).schema.indexes.filter((spec) => spec.unique)) {
    const keyPath = String(index.keyPath);
    const firstAt = new Map<string, number>();
    rows.forEach((row, at) => {
      const value = Dexie.getByKeyPath(row, keyPath);
      if (value === undefined) return;
      const key = JSON.stringify(value);
      const first = firstAt.get(key);
      if (first === undefined) firstAt.set(key, at);
      else
        errors.push(
          t(
            'backupNotUnique',
            issuePath(name, at, [keyPath]),
            JSON.stringify(value),
            keyPath,
            `${name}[${first}]`,
          ),
        );
    });
  }
  return errors;
}

/**
 * Restored rows in the form the rest of OnBrand looks them up by: shortcuts lower-case, as they are matched;
 * no write stamp (utils/db/checked-rows.ts), so a restored set is checked when read, whatever the file says.
 */
function normalised(name: BackupTableName, row: Row): Row {
  if (name === 'snapshotSets') return withoutStamp(row);
  if (name !== 'savedReplies' || typeof row.shortcut !== 'string') return row;
  return { ...row, shortcut: row.shortcut.toLowerCase() };
}

/**
 * A version 1 file's `postSnapshots` as the `snapshotSets` they are stored in now; undefined when the file
 * has none. A snapshot its schema refuses is an error like any bad row.
 */
function fromFormatVersion1(
  tables: Record<string, unknown[]>,
  errors: string[],
): Record<string, unknown[]> | undefined {
  const { postSnapshots, ...rest } = tables;
  if (postSnapshots === undefined) return undefined;
  const snapshots: PostSnapshot[] = [];
  postSnapshots.forEach((record, index) => {
    const parsed = PostSnapshotSchema.safeParse(record);
    if (parsed.success) snapshots.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        errors.push(`${issuePath('postSnapshots', index, issue.path)}: ${issue.message}`);
  });
  return { ...rest, snapshotSets: [...(rest.snapshotSets ?? []), ...groupIntoSets(snapshots)] };
}

async function planRestoreOrThrow(db: OnBrandDatabase, text: string): Promise<RestorePlan> {
  const read = readFormatFile(text, EnvelopeSchema, {
    newestVersion: BACKUP_FORMAT_VERSION,
    notThisFormat: () => t('backupNotBackup', BACKUP_FORMAT),
    newerVersion: (version) => t('backupNewerFormat', version, BACKUP_FORMAT_VERSION),
  });
  if (!read.ok) return { ok: false, errors: [read.error] };
  const backup = read.value;
  const errors: string[] = [];
  const legacy = fromFormatVersion1(backup.tables, errors);
  if (legacy) backup.tables = legacy;
  const unknownTables = Object.keys(backup.tables).filter((name) => !Object.hasOwn(BACKUP_TABLES, name));
  if (unknownTables.length) errors.push(t('backupUnknownTables', unknownTables.join(', ')));

  const rows = {} as Record<BackupTableName, Row[]>;
  for (const name of TABLE_NAMES) {
    const records = backup.tables[name];
    if (records === undefined && TABLES_ADDED_LATER.includes(name)) {
      rows[name] = await rowsOf(db, name);
      continue;
    }
    if (records === undefined) {
      errors.push(t('backupMissingTable', name));
      continue;
    }
    const schema = BACKUP_TABLES[name] as z.ZodMiniType<Row>;
    const valid: Row[] = [];
    const keys = new Set<string>();
    records.forEach((record, index) => {
      const parsed = schema.safeParse(record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          errors.push(`${issuePath(name, index, issue.path)}: ${issue.message}`);
        return;
      }
      const key = String(parsed.data[keyFieldOf(name)]);
      if (keys.has(key)) errors.push(t('backupKeyTwice', issuePath(name, index, []), key));
      keys.add(key);
      valid.push(normalised(name, parsed.data));
    });
    if (valid.length === records.length) errors.push(...uniquenessErrors(db, name, valid));
    rows[name] = valid;
  }
  if (errors.length) {
    const more = errors.length > MAX_ERRORS ? [t('backupMoreErrors', errors.length - MAX_ERRORS)] : [];
    return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), ...more] };
  }

  const changes: TableChange[] = [];
  for (const name of TABLE_NAMES) {
    const keyField = name === 'settings' ? 'key' : 'id';
    const current = new Map((await rowsOf(db, name)).map((row) => [String(row[keyField]), canonical(row)]));
    const change: TableChange = {
      table: name,
      label: t(TABLE_LABELS[name]),
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 0,
    };
    const incoming = new Set<string>();
    for (const row of rows[name]) {
      const key = String(row[keyField]);
      incoming.add(key);
      const before = current.get(key);
      if (before === undefined) change.added++;
      else if (before === canonical(row)) change.unchanged++;
      else change.changed++;
    }
    for (const key of current.keys()) if (!incoming.has(key)) change.removed++;
    changes.push(change);
  }
  return { ok: true, rows, changes };
}

/** Replaces every table with the plan's rows in one transaction: all of it happens, or none of it. */
export async function applyRestore(
  db: OnBrandDatabase,
  plan: Extract<RestorePlan, { ok: true }>,
): Promise<void> {
  const tables = TABLE_NAMES.map((name) => tableOf(db, name));
  await db.transaction('rw', tables, async () => {
    for (const name of TABLE_NAMES) await replaceRows(db, name, plan.rows[name]);
  });
}
