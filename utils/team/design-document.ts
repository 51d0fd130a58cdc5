import { TEAM_ROLES } from './records';

/**
 * The rules the server enforces, whatever client writes: CouchDB runs a design document's
 * `validate_doc_update(newDoc, oldDoc, userCtx, secObj)` on every write (replication included) and refuses
 * the write when it throws `{forbidden: reason}` (HTTP 403) or `{unauthorized: reason}` (401). It is source
 * text, run by the server's JavaScript engine, so it is written in ES5 (CouchDB's engine before 3.2 was
 * SpiderMonkey 1.8.5) and reads nothing from outside itself.
 *
 * - Only members with the writer or reviewer role (or a server admin) write.
 * - Only a reviewer sets a status of approved or changes requested.
 * - Every status change is recorded by the one who made it, at the end of the audit trail; earlier lines of
 *   the trail are never changed or removed.
 * - An approved entry is deleted only by a reviewer.
 * - Brands (with their guidelines), saved replies and shared research posts: any member writes them, as the
 *   calendar's drafts (the review gate is on what gets published, not on the tools to write it); a brand is
 *   deleted only by a reviewer, since that takes its guidelines from every member's checks. Each is one
 *   document `<type>:<id>` with the row in `record`.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];
  var admin = roles.indexOf('_admin') !== -1;
  var reviewer = admin || roles.indexOf('reviewer') !== -1;
  if (!reviewer && roles.indexOf('writer') === -1) {
    throw { unauthorized: 'Only team members with the writer or reviewer role can change this workspace.' };
  }
  if (newDoc._id.indexOf('_design/') === 0) {
    if (!admin) throw { forbidden: 'Only a server admin can change the workspace rules.' };
    return;
  }
  var before = oldDoc && !oldDoc._deleted ? oldDoc : null;
  var reviewed = ['approved', 'changes-requested'];
  if (newDoc._deleted) {
    if (before && before.entry && before.entry.status === 'approved' && !reviewer) {
      throw { forbidden: 'Only a reviewer can delete an approved entry.' };
    }
    if (before && before.type === 'brand' && !reviewer) {
      throw { forbidden: 'Only a reviewer can delete a brand: its guidelines would go for every member.' };
    }
    return;
  }
  var recordTypes = ['brand', 'savedReply', 'researchPost'];
  if (recordTypes.indexOf(newDoc.type) !== -1) {
    var record = newDoc.record;
    if (!record || typeof record !== 'object' || typeof record.id !== 'string') {
      throw { forbidden: 'A ' + newDoc.type + ' document holds the row in record, with its id.' };
    }
    if (newDoc._id !== newDoc.type + ':' + record.id) {
      throw { forbidden: 'The document id must be ' + newDoc.type + ': followed by the record id.' };
    }
    if (before && before.type !== newDoc.type) {
      throw { forbidden: 'A document keeps its type.' };
    }
    if (newDoc.type === 'researchPost' && record.shared !== true) {
      throw { forbidden: 'A research post is in the workspace only while it is marked shared.' };
    }
    return;
  }
  if (newDoc.type !== 'calendarEntry' || !newDoc.entry || typeof newDoc.entry !== 'object') {
    throw { forbidden: 'This workspace holds OnBrand documents: calendarEntry, brand, savedReply or researchPost.' };
  }
  if (newDoc._id !== 'calendarEntry:' + newDoc.entry.id) {
    throw { forbidden: 'The document id must be calendarEntry: followed by the entry id.' };
  }
  var audit = newDoc.audit;
  var previous = before && before.audit ? before.audit : [];
  if (Object.prototype.toString.call(audit) !== '[object Array]' || audit.length < previous.length) {
    throw { forbidden: 'The audit trail can only grow: keep every earlier line.' };
  }
  for (var i = 0; i < audit.length; i++) {
    if (i < previous.length) {
      if (JSON.stringify(audit[i]) !== JSON.stringify(previous[i])) {
        throw { forbidden: 'The audit trail line ' + (i + 1) + ' was changed; earlier lines are never rewritten.' };
      }
    } else if (!audit[i] || audit[i].by !== userCtx.name || typeof audit[i].at !== 'number' || typeof audit[i].status !== 'string') {
      throw { forbidden: 'A new audit trail line must name you (' + userCtx.name + '), the time and the status.' };
    }
  }
  var was = before && before.entry ? before.entry.status : null;
  var now = newDoc.entry.status;
  if (now !== was) {
    if (reviewed.indexOf(now) !== -1 && !reviewer) {
      throw { forbidden: 'Only a reviewer can set an entry to ' + (now === 'approved' ? 'approved' : 'changes requested') + '.' };
    }
    if (audit.length === previous.length || audit[audit.length - 1].status !== now) {
      throw { forbidden: 'A status change must be recorded at the end of the audit trail.' };
    }
  }
}`;

/** Bumped when the rules change, so an admin's OnBrand replaces an older copy on the server. */
export const DESIGN_VERSION = 2;
export const DESIGN_DOC_ID = '_design/onbrand';

export function designDocument(): {
  _id: string;
  language: string;
  onbrandVersion: number;
  validate_doc_update: string;
} {
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    onbrandVersion: DESIGN_VERSION,
    validate_doc_update: VALIDATE_DOC_UPDATE,
  };
}

/**
 * The database's `_security`: members by role (the server refuses reads and writes to anyone else),
 * database admins left to the server admins.
 */
export function securityObject() {
  return {
    admins: { names: [], roles: [] },
    members: { names: [], roles: [...TEAM_ROLES] },
  };
}
