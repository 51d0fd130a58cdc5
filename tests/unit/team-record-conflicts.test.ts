import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { OnBrandDatabase } from '@/utils/db/database';
import { keepRecordVersion, keptRecordText } from '@/utils/team/record-conflicts';
import { SHARED_KINDS, type SharedForm, sharedForm } from '@/utils/team/shared-records';
import { setTestUiLanguage } from '../setup/i18n';
import { FULL_REPLY, FULL_RESEARCH } from './team-shared-records';

/**
 * Keeping one of two versions of a record whose unique field (a reply's shortcut, a post's permalink) another
 * row here already holds: the choice is refused with a sentence naming that row, and nothing changes.
 */
const databases: OnBrandDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

let made = 0;
function database() {
  const db = new OnBrandDatabase(`team-record-conflicts-${++made}`);
  databases.push(db);
  return db;
}

const [, replyKind, postKind] = SHARED_KINDS as [
  never,
  (typeof SHARED_KINDS)[number],
  (typeof SHARED_KINDS)[number],
];

/** The state a pull leaves when both changed one field: agreed at 1-a, the server's 2-b waiting beside. */
function waitBeside(db: OnBrandDatabase, docId: string, base: SharedForm, theirs: SharedForm) {
  return db.teamRecords.put({
    id: docId,
    rev: '1-a',
    base,
    origin: 'here',
    conflict: { rev: '2-b', record: theirs },
  });
}

describe('keeping a version whose shortcut or permalink another row here holds', () => {
  it("refuses the server's reply, names the reply with that shortcut, and keeps both rows and both versions", async () => {
    const db = database();
    const base = { ...FULL_REPLY, id: 'reply-both', shortcut: 'thanks', body: 'Thanks!' };
    const mine = { ...base, body: 'Thanks, from Rita' };
    const theirs = { ...sharedForm(replyKind, base), shortcut: 'welcome', body: 'Thanks, from Wendy' };
    const other = { ...FULL_REPLY, id: 'reply-welcome', title: 'Welcome back', shortcut: 'welcome' };
    await db.savedReplies.bulkPut([mine, other]);
    await waitBeside(db, 'savedReply:reply-both', sharedForm(replyKind, base), theirs);

    const result = await keepRecordVersion(db, 'savedReply:reply-both', 'theirs');
    expect(keptRecordText(result)).toBe(
      'Not kept: the shortcut “welcome” of that version is the shortcut of “Welcome back” here. Give one of them another shortcut, then choose again.',
    );
    setTestUiLanguage('de');
    try {
      expect(keptRecordText(result)).toBe(
        'Nicht übernommen: Das Kürzel „welcome“ dieser Fassung hat hier schon „Welcome back“. Geben Sie einer der beiden ein anderes Kürzel und wählen Sie dann erneut.',
      );
    } finally {
      setTestUiLanguage('en');
    }
    expect(await db.savedReplies.get('reply-both')).toEqual(mine);
    expect(await db.savedReplies.get('reply-welcome')).toEqual(other);
    expect((await db.teamRecords.get('savedReply:reply-both'))?.conflict?.rev).toBe('2-b');

    // Once the other reply has another shortcut, the same choice goes through.
    await db.savedReplies.update('reply-welcome', { shortcut: 'welcome-back' });
    expect(keptRecordText(await keepRecordVersion(db, 'savedReply:reply-both', 'theirs'))).toBeUndefined();
    expect(await db.savedReplies.get('reply-both')).toMatchObject({
      shortcut: 'welcome',
      body: 'Thanks, from Wendy',
    });
    expect((await db.teamRecords.get('savedReply:reply-both'))?.conflict).toBeUndefined();
  });

  it("refuses the server's research post when another saved post here has its permalink, naming that post", async () => {
    const db = database();
    const base = { ...FULL_RESEARCH, id: 'post-both', shared: true, notes: 'Base' };
    const mine = { ...base, notes: 'Rita’s notes' };
    const theirs = {
      ...sharedForm(postKind, base),
      notes: 'Wendy’s notes',
      permalink: 'https://x.com/acme/status/3001',
    };
    const other = {
      ...FULL_RESEARCH,
      id: 'post-other',
      permalink: 'https://x.com/acme/status/3001',
      author: { name: 'Bolt', handle: 'bolt' },
    };
    await db.researchPosts.bulkPut([mine, other]);
    await waitBeside(db, 'researchPost:post-both', sharedForm(postKind, base), theirs);

    const result = await keepRecordVersion(db, 'researchPost:post-both', 'theirs');
    expect(keptRecordText(result)).toBe(
      'Not kept: the link https://x.com/acme/status/3001 of that version is already saved here, as the post by bolt. Delete one of the two posts, then choose again.',
    );
    expect(await db.researchPosts.get('post-both')).toEqual(mine);
    expect(await db.researchPosts.get('post-other')).toEqual(other);
    expect((await db.teamRecords.get('researchPost:post-both'))?.conflict?.rev).toBe('2-b');
  });
});
