import type { Table } from 'dexie';
import type * as z from 'zod/mini';

/**
 * A record refused for what the user typed or did (a shortcut another reply has, a crisis already on, a
 * partner without a name, a record deleted meanwhile): its message is written for them, in the UI language,
 * from the catalogue and zod's UI-language refusals. saveFailureText shows it after "Not saved:".
 */
export class RecordInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordInputError';
  }
}

/**
 * A record that failed its schema on a write or a read. Its English message is for logs; the user reads the
 * problems (`detail`, worded from the catalogue and zod's UI-language refusals) through saveFailureText, or
 * after a page's own sentence (DamagedRecords).
 */
export class InvalidRecordError extends Error {
  constructor(
    readonly table: string,
    readonly detail: string,
  ) {
    super(`A ${table} record failed validation: ${detail}`);
    this.name = 'InvalidRecordError';
  }
}

/** A stored row that no longer parses: kept, listed with what is wrong, exportable, repairable. */
export interface DamagedRecord {
  table: string;
  key: string;
  /** What is wrong, as the schema reports it. */
  problem: string;
  row: unknown;
}

/** `status: Invalid option; drafts.x: Too big`: what a schema found wrong, one clause per problem. */
export function describeProblems(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => `${issue.path.map(String).join('.') || 'record'}: ${issue.message}`)
    .join('; ');
}

/** The row with this unique value exists but no longer parses, so a new one cannot take its place. */
export class DamagedRecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DamagedRecordError';
  }
}

/**
 * Typed access to one table: writes and reads are parsed with the table's schema. Reads skip damaged rows
 * in lists (reporting them through `onInvalid`) rather than hiding everything else behind one bad row;
 * `damaged()` lists those rows so the dashboard can show, export, repair or delete them.
 */
export class TableRepository<T extends { id: string }> {
  constructor(
    private readonly table: Table<T, string>,
    private readonly schema: z.ZodMiniType<T>,
    private readonly onInvalid: (error: InvalidRecordError) => void = (error) => console.warn(error.message),
  ) {}

  private parse(value: unknown): T {
    const result = this.schema.safeParse(value);
    if (!result.success) throw new InvalidRecordError(this.table.name, result.error.message);
    return result.data;
  }

  async put(record: T): Promise<T> {
    const valid = this.parse(record);
    await this.table.put(valid);
    return valid;
  }

  async get(id: string): Promise<T | undefined> {
    const row = await this.table.get(id);
    return row === undefined ? undefined : this.parse(row);
  }

  async list(): Promise<T[]> {
    return this.parseMany(await this.table.toArray());
  }

  async delete(id: string): Promise<void> {
    await this.table.delete(id);
  }

  /** Rows that no longer parse, with the reason; they stay stored until repaired or deleted. */
  async damaged(): Promise<DamagedRecord[]> {
    return damagedRows(this.schema, this.table.name, await this.table.toArray());
  }

  /** Parses rows from any query on this table, dropping (and reporting) the damaged ones. */
  parseMany(rows: unknown[]): T[] {
    return parseValidRows(this.schema, this.table.name, rows, this.onInvalid);
  }
}

/** The rows that parse, checked; each damaged one is reported to `onInvalid` and left out. */
export function parseValidRows<T>(
  schema: z.ZodMiniType<T>,
  table: string,
  rows: readonly unknown[],
  onInvalid: (error: InvalidRecordError) => void,
): T[] {
  const valid: T[] = [];
  for (const row of rows) {
    const result = schema.safeParse(row);
    if (result.success) valid.push(result.data);
    else onInvalid(new InvalidRecordError(table, result.error.message));
  }
  return valid;
}

/** The rows that no longer parse, each under its `id` with what is wrong (records stored under `table`). */
export function damagedRows(
  schema: z.ZodMiniType<unknown>,
  table: string,
  rows: readonly unknown[],
): DamagedRecord[] {
  return rows.flatMap((row) => {
    const result = schema.safeParse(row);
    if (result.success) return [];
    const key = (row as { id?: unknown } | null)?.id;
    return [{ table, key: String(key), problem: describeProblems(result.error.issues), row }];
  });
}
