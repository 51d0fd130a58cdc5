import * as z from 'zod/mini';
import { Id, ShortText, Timestamp } from '../db/fields';
import { CALENDAR_STATUSES, CalendarEntrySchema } from '../db/records';

/**
 * What the team layer stores: the connection (in extension storage), the per-entry sync metadata and the
 * replication checkpoint (Dexie tables of their own, so no existing row changes shape), and the CouchDB
 * documents it exchanges with the server.
 */

/** `calendarEntry:<entry id>`: one document per calendar entry, its drafts inside. */
export const CALENDAR_DOC_PREFIX = 'calendarEntry:';

/**
 * The other shared tables, one document per row: `brand:<id>` (with its guidelines and rules),
 * `savedReply:<id>`, and `researchPost:<id>` for the research posts the user marked shared.
 */
export const SHARED_RECORD_TYPES = ['brand', 'savedReply', 'researchPost'] as const;
export type SharedRecordType = (typeof SHARED_RECORD_TYPES)[number];

/**
 * A brand, saved reply or research post as the workspace database holds it: the row as the table stores it
 * (less what only this install means, see shared-records.ts) in `record`. `record` is checked with the
 * table's own schema when it arrives (shared-records.ts), not here.
 */
export const SharedRecordDocumentSchema = z.object({
  _id: z.string(),
  _rev: z.optional(z.string()),
  type: z.enum(SHARED_RECORD_TYPES),
  record: z.record(z.string(), z.unknown()),
});
export type SharedRecordDocument = z.infer<typeof SharedRecordDocumentSchema>;

/**
 * Per shared brand, reply or research post (keyed by its document id): the revision and the record as this
 * install last agreed on them with the server. A row whose shared form differs from `base` was edited here.
 */
export const TeamRecordStateSchema = z.object({
  /** The document id, `<type>:<row id>`. */
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Absent until the server first accepted or sent a version. */
  rev: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  base: z.optional(z.record(z.string(), z.unknown())),
  /**
   * 'here' when this install sent the first version (its own row), 'team' when it arrived from the server:
   * a research post another member unshares stays here, private, only where it came from.
   */
  origin: z.enum(['here', 'team']),
  /** The server refused this version (the shared form, as JSON), and why; sent again once it changes. */
  refused: z.optional(z.object({ version: z.string(), reason: ShortText })),
  /**
   * The server's version (revision and shared form), kept when another member changed a field this install
   * also changed while its edit was unsent: neither is pushed over the other until the user keeps one.
   */
  conflict: z.optional(z.object({ rev: z.string(), record: z.record(z.string(), z.unknown()) })),
});
export type TeamRecordState = z.infer<typeof TeamRecordStateSchema>;

/** The roles a workspace's `_security` admits and the design document knows. */
export const TEAM_ROLES = ['writer', 'reviewer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** One line of an entry's audit trail: who set which status when. Appended, never rewritten. */
export const AuditEntrySchema = z.object({
  at: Timestamp,
  /** The CouchDB user name, as the server's userCtx names it. */
  by: z.string().check(z.minLength(1), z.maxLength(200)),
  status: z.enum(CALENDAR_STATUSES),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditTrailSchema = z.array(AuditEntrySchema).check(z.maxLength(10_000));

/** A calendar entry as the workspace database holds it. */
export const CalendarEntryDocumentSchema = z.object({
  _id: z.string().check(z.startsWith(CALENDAR_DOC_PREFIX)),
  _rev: z.optional(z.string()),
  type: z.literal('calendarEntry'),
  entry: CalendarEntrySchema,
  audit: AuditTrailSchema,
});
export type CalendarEntryDocument = z.infer<typeof CalendarEntryDocumentSchema>;

/**
 * Per calendar entry: the server revision this install last agreed with. An entry whose `updatedAt` is not
 * `syncedUpdatedAt` was edited here since, and is pushed.
 */
export const TeamDocStateSchema = z.object({
  /** The calendar entry's id. */
  id: Id,
  /** Absent until the server first accepted or sent a version of the entry. */
  rev: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  syncedUpdatedAt: z.optional(Timestamp),
  audit: AuditTrailSchema,
  /**
   * The entry as last agreed (revision `rev`): what both sides started from when an edit here meets another
   * member's, so the parts only one of them changed merge by themselves.
   */
  base: z.optional(CalendarEntrySchema),
  /** The server refused this version of the entry (`refusedUpdatedAt`), and why; retried once it is edited. */
  refused: z.optional(z.object({ updatedAt: Timestamp, reason: ShortText })),
  /**
   * The server's version, kept when it changed while this install had unsent edits: neither is overwritten
   * until someone chooses.
   */
  conflict: z.optional(z.object({ rev: z.string(), entry: CalendarEntrySchema, audit: AuditTrailSchema })),
});
export type TeamDocState = z.infer<typeof TeamDocStateSchema>;

/** How far this install has read the workspace database's `_changes` feed. */
export const TeamCheckpointSchema = z.object({
  /** The database URL the sequence belongs to. */
  database: z.string(),
  /** CouchDB's `last_seq`: opaque (a string in CouchDB 2+, a number in PouchDB), sent back as `since`. */
  since: z.union([z.string(), z.number()]),
  updatedAt: Timestamp,
});
export type TeamCheckpoint = z.infer<typeof TeamCheckpointSchema>;

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

export type WorkspaceUrlProblem = 'invalid' | 'insecure' | 'credentials-in-url' | 'no-database';

/**
 * What is wrong with a workspace URL (one database on a CouchDB server, `https://couch.example.com/acme`),
 * or undefined. Credentials travel only over https; plain http is for a server on this computer.
 */
export function workspaceUrlProblem(value: string): WorkspaceUrlProblem | undefined {
  if (!URL.canParse(value)) return 'invalid';
  const url = new URL(value);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) return 'insecure';
  if (url.username || url.password || url.search || url.hash) return 'credentials-in-url';
  // CouchDB's database names: a lower-case letter, then lower-case letters, digits and _$()+-/.
  if (!/^\/[a-z][a-z0-9_$()+/-]*$/.test(url.pathname.replace(/\/+$/, ''))) return 'no-database';
  return undefined;
}

export const WorkspaceUrlSchema = z
  .string()
  .check(z.refine((value) => workspaceUrlProblem(value) === undefined, 'not a workspace database URL'));

export const TeamConnectionSchema = z.object({
  /** The database URL without a trailing slash. */
  database: WorkspaceUrlSchema,
  username: z.string().check(z.minLength(1, 'Enter your user name.'), z.maxLength(200)),
  password: z.string().check(z.minLength(1, 'Enter your password.'), z.maxLength(1000)),
});
export type TeamConnection = z.infer<typeof TeamConnectionSchema>;

export const SYNC_STATES = ['off', 'connecting', 'syncing', 'up-to-date', 'offline', 'error'] as const;
export type SyncStateName = (typeof SYNC_STATES)[number];

/** Why sync stopped, for Settings → Team to say in the UI language; `detail` is the server's own words. */
export const TEAM_PROBLEMS = ['credentials', 'access', 'missing', 'http', 'unreachable', 'refused'] as const;
export const TeamProblemSchema = z.object({
  code: z.enum(TEAM_PROBLEMS),
  detail: z.optional(z.string().check(z.maxLength(1000))),
  /** The entry, brand, reply or research post the server refused (its title, name or author). */
  title: z.optional(z.string()),
  /** Absent for a calendar entry; otherwise which kind of record was refused, and whether its deletion. */
  record: z.optional(z.enum(SHARED_RECORD_TYPES)),
  deletion: z.optional(z.boolean()),
});
export type TeamProblem = z.infer<typeof TeamProblemSchema>;

/** What Settings → Team shows; the background keeps it in extension storage. */
export const TeamStatusSchema = z.object({
  state: z.enum(SYNC_STATES),
  problem: z.optional(TeamProblemSchema),
  database: z.optional(z.string()),
  username: z.optional(z.string()),
  roles: z.optional(z.array(z.string())),
  /** Entries and records the server refused, and everything waiting for a choice between two versions. */
  refused: z.optional(z.number()),
  conflicts: z.optional(z.number()),
  /** Of `conflicts`, how many of each kind, so Settings → Team can name them. */
  conflictsByKind: z.optional(
    z.object({
      calendarEntry: z.number(),
      brand: z.number(),
      savedReply: z.number(),
      researchPost: z.number(),
    }),
  ),
  at: Timestamp,
});
export type TeamStatus = z.infer<typeof TeamStatusSchema>;
