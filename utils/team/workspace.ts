import { type CouchClient, CouchError } from './couch-client';
import { DESIGN_DOC_ID, DESIGN_VERSION, designDocument, securityObject } from './design-document';

export interface Membership {
  username: string;
  roles: string[];
  /** The workspace's rules and members were installed (or brought up to date) by this connection. */
  installed: boolean;
}

/**
 * Checks the credentials and the database before anything syncs. A server admin's connection sets the
 * workspace up: creates the database if it is missing, admits the writer and reviewer roles
 * (`_security`), and installs OnBrand's validation rules, so the server refuses what the rules forbid even
 * from a client that is not OnBrand.
 */
export async function joinWorkspace(client: CouchClient): Promise<Membership> {
  const session = await client.session();
  // The reason is for logs: describeFailure words a 401 from the catalogue (teamProblemCredentials).
  if (!session.name)
    throw new CouchError(401, 'unauthorized', 'The server did not accept the user name and password.');
  const admin = session.roles.includes('_admin');
  if (!admin) {
    await client.info();
    return { username: session.name, roles: session.roles, installed: false };
  }
  try {
    await client.info();
  } catch (error) {
    if (!(error instanceof CouchError && error.status === 404)) throw error;
    await client.createDatabase();
  }
  await client.putSecurity(securityObject());
  let current: { _rev?: string; onbrandVersion?: unknown } | undefined;
  try {
    current = await client.getDocument(DESIGN_DOC_ID);
  } catch (error) {
    if (!(error instanceof CouchError && error.status === 404)) throw error;
  }
  if (current?.onbrandVersion !== DESIGN_VERSION) {
    await client.putDocument({ ...designDocument(), ...(current?._rev ? { _rev: current._rev } : {}) });
  }
  return { username: session.name, roles: session.roles, installed: true };
}
