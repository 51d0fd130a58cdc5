import { t } from '../i18n';
import type { TeamConnection } from './records';

/**
 * The few CouchDB HTTP calls team sync makes, over `fetch` with HTTP Basic authentication. Credentials go
 * only to the configured server: every request is built from the connection's own database URL, and one
 * for any other origin throws before it is sent.
 */

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** A refusal from the server: HTTP status and CouchDB's `{error, reason}`. */
export class CouchError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly reason: string,
  ) {
    super(reason || error || `HTTP ${status}`);
    this.name = 'CouchError';
  }
}

export interface ChangesFeed {
  results: { id: string; seq: string | number; deleted?: boolean; doc?: unknown }[];
  last_seq: string | number;
}

export type BulkResult =
  | { id: string; ok: true; rev: string }
  | { id: string; error: string; reason?: string };

export interface SessionInfo {
  name: string | null;
  roles: string[];
}

/** `user:password` as HTTP Basic wants it: base64 of its UTF-8 bytes (btoa alone refuses non-Latin-1). */
function basic(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** A document's path in its database: `_design/` stays a path segment, the rest of the id is encoded. */
function documentPath(id: string): string {
  return id.startsWith('_design/') ? `_design/${encodeURIComponent(id.slice(8))}` : encodeURIComponent(id);
}

export function couchClient(connection: TeamConnection, fetchImpl: FetchLike) {
  const database = connection.database.replace(/\/+$/, '');
  const origin = new URL(database).origin;
  // The server root is the database URL without its last segment (a server behind a path prefix keeps it).
  const server = database.slice(0, database.lastIndexOf('/'));
  const authorization = basic(connection.username, connection.password);

  async function request<T>(url: string, init: RequestInit = {}): Promise<T> {
    if (new URL(url).origin !== origin)
      throw new Error(`Refusing to send team credentials to ${new URL(url).origin}.`);
    const response = await fetchImpl(url, {
      ...init,
      credentials: 'omit',
      headers: {
        Accept: 'application/json',
        Authorization: authorization,
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      throw new CouchError(response.status, 'bad_response', t('teamServerNotJson', response.status));
    }
    if (!response.ok) {
      const { error, reason } = (body ?? {}) as { error?: unknown; reason?: unknown };
      throw new CouchError(response.status, String(error ?? ''), String(reason ?? ''));
    }
    return body as T;
  }

  const json = (method: string, value: unknown): RequestInit => ({ method, body: JSON.stringify(value) });

  return {
    database,
    /** Who the server says we are (`GET /_session`). */
    session: async (): Promise<SessionInfo> =>
      (await request<{ userCtx: SessionInfo }>(`${server}/_session`)).userCtx,
    info: () => request<{ db_name: string; update_seq: unknown }>(database),
    createDatabase: () => request(database, { method: 'PUT' }),
    putSecurity: (security: unknown) => request(`${database}/_security`, json('PUT', security)),
    getDocument: <T>(id: string) => request<T>(`${database}/${documentPath(id)}`),
    putDocument: (doc: { _id: string }) =>
      request<{ rev: string }>(`${database}/${documentPath(doc._id)}`, json('PUT', doc)),
    /**
     * `GET /db/_changes` with the documents. With `longpoll`, the server holds the request until there is a
     * change; CouchDB ends it after `timeout` ms, and `signal` ends it for servers that ignore `timeout`.
     */
    changes: (since: string | number, { longpoll, signal }: { longpoll: boolean; signal?: AbortSignal }) => {
      const query = new URLSearchParams({ since: String(since), include_docs: 'true', limit: '500' });
      if (longpoll) {
        query.set('feed', 'longpoll');
        query.set('timeout', '25000');
        query.set('heartbeat', '10000');
      }
      return request<ChangesFeed>(`${database}/_changes?${query}`, { signal });
    },
    /** `POST /db/_bulk_docs`: one result per document, refusals (conflict, forbidden) per document. */
    bulkDocs: (docs: unknown[]) => request<BulkResult[]>(`${database}/_bulk_docs`, json('POST', { docs })),
  };
}

export type CouchClient = ReturnType<typeof couchClient>;
