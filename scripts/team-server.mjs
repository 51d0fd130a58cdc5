#!/usr/bin/env node
/**
 * A local server that speaks CouchDB's HTTP API, for trying a team workspace without installing Apache
 * CouchDB: express-pouchdb (PouchDB's CouchDB-compatible server) over an in-memory store, so nothing is
 * written to disk and nothing native is built. It adds the two settings a team's CouchDB needs and
 * express-pouchdb lacks: CORS for the extension's origin and `require_valid_user` (no anonymous request).
 *
 *   npm run team-server                       http://localhost:5984, admin "admin" / "admin"
 *   TEAM_SERVER_PORT=5990 TEAM_ADMIN=me TEAM_ADMIN_PASSWORD=secret npm run team-server
 *   TEAM_ORIGINS=chrome-extension://<id>      (comma-separated; default: any extension origin)
 *
 * Everything is lost when it stops: it is for trying OnBrand and for the e2e suite, not for a team's data.
 */
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const express = require('express');
const expressPouchDB = require('express-pouchdb');
const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-mapreduce'))
  .plugin(require('pouchdb-replication'));

/** The origins a browser extension's pages and service worker send. */
const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[a-z0-9-]+$/;

function allowedOrigin(origin, listed) {
  if (!origin) return false;
  return listed.length > 0 ? listed.includes(origin) : EXTENSION_ORIGIN.test(origin);
}

/**
 * CouchDB's `[cors]` section: the origin is echoed (never `*`, which browsers refuse with credentials) and a
 * preflight is answered here, before authentication, as CouchDB does.
 */
function cors(listed) {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (allowedOrigin(origin, listed)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Expose-Headers', 'ETag, Content-Type');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, PUT, POST, DELETE, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', 'Accept, Authorization, Content-Type, Origin');
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    } else if (req.method === 'OPTIONS' && origin) {
      res.status(403).json({ error: 'forbidden', reason: `Origin ${origin} is not allowed.` });
      return;
    }
    next();
  };
}

/**
 * CouchDB's `[chttpd] require_valid_user = true`: a request without credentials is refused with 401 before
 * it reaches a database (logging in at `POST /_session` stays open). Wrong credentials are refused by
 * express-pouchdb's own authentication, which this does not replace.
 */
function requireValidUser(req, res, next) {
  const loggingIn = req.path === '/_session' && req.method === 'POST';
  if (loggingIn || req.headers.authorization || /(?:^|;\s*)AuthSession=/.test(req.headers.cookie ?? '')) {
    next();
    return;
  }
  res.setHeader('WWW-Authenticate', 'Basic realm="server"');
  res.status(401).json({ error: 'unauthorized', reason: 'Authentication required.' });
}

/** Starts the server; resolves with its URL and a `close()`. */
export async function startTeamServer({
  port = Number(process.env.TEAM_SERVER_PORT ?? 5984),
  admin = process.env.TEAM_ADMIN ?? 'admin',
  adminPassword = process.env.TEAM_ADMIN_PASSWORD ?? 'admin',
  origins = (process.env.TEAM_ORIGINS ?? '').split(',').filter(Boolean),
} = {}) {
  const MemoryPouchDB = PouchDB.defaults({ adapter: 'memory' });
  const couch = expressPouchDB(MemoryPouchDB, {
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    logPath: join(mkdtempSync(join(tmpdir(), 'onbrand-team-server-')), 'log.txt'),
  });
  await new Promise((resolve, reject) =>
    couch.couchConfig.set('admins', admin, adminPassword, (error) => (error ? reject(error) : resolve())),
  );
  const app = express();
  app.disable('x-powered-by');
  app.use(cors(origins));
  app.use(requireValidUser);
  app.use(couch);
  const server = await new Promise((resolve) => {
    const listening = app.listen(port, '127.0.0.1', () => resolve(listening));
  });
  const actualPort = server.address().port;
  return {
    url: `http://localhost:${actualPort}`,
    // Ends the connections too: an aborted long poll or a client's idle keep-alive socket would otherwise
    // hold `close()` for seconds (a test's last step, an e2e teardown).
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Adds a CouchDB user with team roles (`writer`, `reviewer`), as an admin does in `_users` on a real server:
 * `PUT /_users/org.couchdb.user:<name>` (only an admin may give roles).
 */
export async function addTeamMember(
  { url, admin = 'admin', adminPassword = 'admin' },
  name,
  password,
  roles,
) {
  const response = await fetch(`${url}/_users/org.couchdb.user:${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: {
      Authorization: `Basic ${Buffer.from(`${admin}:${adminPassword}`).toString('base64')}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, type: 'user', roles, password }),
  });
  if (!response.ok)
    throw new Error(`Adding ${name} failed: HTTP ${response.status} ${await response.text()}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startTeamServer();
  console.log(
    `Team server (CouchDB protocol, in memory) at ${url}; admin ${process.env.TEAM_ADMIN ?? 'admin'}`,
  );
}
