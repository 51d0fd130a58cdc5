import { browser } from 'wxt/browser';
import type { OnBrandDatabase } from '@/utils/db/database';
import { t } from '@/utils/i18n';
import { couchClient, type FetchLike } from '@/utils/team/couch-client';
import {
  type TeamConnection,
  TeamConnectionSchema,
  type TeamStatus,
  TeamStatusSchema,
} from '@/utils/team/records';
import { describeFailure, TeamReplicator } from '@/utils/team/replicator';
import { arrivedInReview, type PulledEntry } from '@/utils/team/review';
import { joinWorkspace } from '@/utils/team/workspace';
import type { Handlers } from '../router';

/** Extension storage keys: the member's connection (with the password) and what Settings → Team shows. */
export const TEAM_CONNECTION_KEY = 'teamConnection';
export const TEAM_STATUS_KEY = 'teamStatus';
/**
 * Wakes the background while connected: a browser ends an idle service worker after about 30 s, which
 * ends its long poll; the alarm starts the sync again (every 30 s, the shortest period Chrome allows).
 */
export const TEAM_SYNC_ALARM = 'team-sync';
/** Notification ids of "arrived in review": the prefix, then the entry id. */
const REVIEW_NOTIFICATION_PREFIX = 'onbrand-team-review:';

/** The dashboard's calendar with the entry open, as the popup and the reminders link to it. */
function entryUrl(entryId: string): string {
  return browser.runtime.getURL(`/options.html#/calendar?entry=${encodeURIComponent(entryId)}`);
}

/**
 * A notification per entry another member just put in review, for a member who can approve it. Clicking it
 * opens the entry in the dashboard (listenForReviewNotifications).
 */
export async function notifyArrivedInReview(
  pulled: PulledEntry[],
  member: { username: string; roles: readonly string[] | undefined },
): Promise<void> {
  for (const entry of arrivedInReview(pulled, member)) {
    await browser.notifications.create(`${REVIEW_NOTIFICATION_PREFIX}${entry.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/calendar-reminder.png'),
      title: t('teamReviewNotificationTitle'),
      message: t('teamReviewNotificationMessage', entry.title),
    });
  }
}

/** Registers the click on a review notification; call synchronously in the background's main(). */
export function listenForReviewNotifications(): void {
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(REVIEW_NOTIFICATION_PREFIX)) return;
    void browser.notifications.clear(id);
    void browser.tabs.create({ url: entryUrl(id.slice(REVIEW_NOTIFICATION_PREFIX.length)) });
  });
}

/**
 * Team sync in the background: the replicator runs here, not in a page, so it syncs while no OnBrand page is
 * open; pages only connect, disconnect and read the status from extension storage.
 */
export function teamSync(db: OnBrandDatabase, fetchImpl: FetchLike = (url, init) => fetch(url, init)) {
  let running: { replicator: TeamReplicator; connection: TeamConnection } | undefined;
  let member: Pick<TeamStatus, 'database' | 'username' | 'roles'> = {};

  async function setStatus(status: Omit<TeamStatus, 'at'>): Promise<TeamStatus> {
    const full = TeamStatusSchema.parse({ ...status, at: Date.now() });
    await browser.storage.local.set({ [TEAM_STATUS_KEY]: full });
    return full;
  }

  async function status(): Promise<TeamStatus> {
    const stored = TeamStatusSchema.safeParse(
      (await browser.storage.local.get(TEAM_STATUS_KEY))[TEAM_STATUS_KEY],
    );
    return stored.success ? stored.data : { state: 'off', at: Date.now() };
  }

  async function stop(): Promise<void> {
    const current = running;
    running = undefined;
    await current?.replicator.stop();
  }

  function start(connection: TeamConnection, roles: string[]): void {
    member = { database: connection.database, username: connection.username, roles };
    const client = couchClient(connection, fetchImpl);
    const replicator = new TeamReplicator({
      db,
      client,
      username: connection.username,
      onStatus: (update) => {
        if (running?.replicator === replicator) void setStatus({ ...member, ...update });
      },
      // Not for the catch-up after a start: a new member would get one notification per entry in review.
      onPulled: (pulled, live) => {
        if (live && running?.replicator === replicator)
          void notifyArrivedInReview(pulled, { username: connection.username, roles });
      },
    });
    running = { replicator, connection };
    replicator.start();
    void browser.alarms.create(TEAM_SYNC_ALARM, { periodInMinutes: 0.5 });
  }

  /** After the background (re)starts: sync again with the stored connection, if there is one. */
  async function resume(): Promise<void> {
    if (running) return;
    const stored = TeamConnectionSchema.safeParse(
      (await browser.storage.local.get(TEAM_CONNECTION_KEY))[TEAM_CONNECTION_KEY],
    );
    if (!stored.success) return;
    if (running) return;
    start(stored.data, (await status()).roles ?? []);
  }

  async function connect(connection: TeamConnection): Promise<{ status: TeamStatus; installed: boolean }> {
    await stop();
    await setStatus({ state: 'connecting', database: connection.database, username: connection.username });
    try {
      const membership = await joinWorkspace(couchClient(connection, fetchImpl));
      // A different workspace (or member): the revisions this install agreed on belong to the old one.
      const previous = (await browser.storage.local.get(TEAM_CONNECTION_KEY))[TEAM_CONNECTION_KEY] as
        | Partial<TeamConnection>
        | undefined;
      if (previous?.database !== connection.database) await forgetSyncState();
      await browser.storage.local.set({ [TEAM_CONNECTION_KEY]: connection });
      const status = await setStatus({
        state: 'syncing',
        database: connection.database,
        username: membership.username,
        roles: membership.roles,
      });
      start(connection, membership.roles);
      return { status, installed: membership.installed };
    } catch (error) {
      const { state, problem } = describeFailure(error);
      return { status: await setStatus({ state, problem, database: connection.database }), installed: false };
    }
  }

  async function forgetSyncState(): Promise<void> {
    await db.transaction('rw', [db.teamDocs, db.teamRecords, db.teamCheckpoints], async () => {
      await db.teamDocs.clear();
      await db.teamRecords.clear();
      await db.teamCheckpoints.clear();
    });
  }

  /** Stops syncing and forgets the credentials; every calendar entry stays in this browser. */
  async function disconnect(): Promise<TeamStatus> {
    await stop();
    await browser.alarms.clear(TEAM_SYNC_ALARM);
    await browser.storage.local.remove(TEAM_CONNECTION_KEY);
    await forgetSyncState();
    return setStatus({ state: 'off' });
  }

  const handlers: Pick<Handlers, 'team.connect' | 'team.disconnect' | 'team.status'> = {
    'team.connect': (connection) => connect(connection),
    'team.disconnect': async () => ({ status: await disconnect() }),
    'team.status': async () => ({ status: await status() }),
  };

  return { resume, connect, disconnect, status, handlers };
}

export type TeamSync = ReturnType<typeof teamSync>;
