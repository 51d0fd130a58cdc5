import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { listOf, type MessageKey, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { conflictsText, problemText } from '@/utils/team/problem-text';
import {
  type SyncStateName,
  type TeamStatus,
  TeamStatusSchema,
  type WorkspaceUrlProblem,
  workspaceUrlProblem,
} from '@/utils/team/records';

/** The background keeps the status under this extension storage key (handlers/team.ts). */
const STATUS_KEY = 'teamStatus';

const STATE_NAMES: Record<SyncStateName, MessageKey> = {
  off: 'teamStateOff',
  connecting: 'teamStateConnecting',
  syncing: 'teamStateSyncing',
  'up-to-date': 'teamStateUpToDate',
  offline: 'teamStateOffline',
  error: 'teamStateError',
};

const URL_PROBLEMS: Record<WorkspaceUrlProblem, MessageKey> = {
  invalid: 'teamUrlInvalid',
  insecure: 'teamUrlInsecure',
  'credentials-in-url': 'teamUrlCredentials',
  'no-database': 'teamUrlNoDatabase',
};

function roleName(role: string): string {
  if (role === 'writer') return t('teamRoleWriter');
  if (role === 'reviewer') return t('teamRoleReviewer');
  if (role === '_admin') return t('teamRoleAdmin');
  return role;
}

/** The status the background last wrote, and every change to it while the page is open. */
function useTeamStatus(): [TeamStatus | undefined, (status: TeamStatus) => void] {
  const [status, setStatus] = useState<TeamStatus>();
  useEffect(() => {
    void sendMessage('team.status', {}).then((reply) => reply.ok && setStatus(reply.data.status));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(STATUS_KEY in changes)) return;
      const parsed = TeamStatusSchema.safeParse(changes[STATUS_KEY]?.newValue);
      if (parsed.success) setStatus(parsed.data);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return [status, setStatus];
}

/**
 * Settings → Team: connect this browser to a team's CouchDB database with the member's own user, see how sync
 * is doing, disconnect. The calendar stays in this browser either way; sync runs in the background.
 */
export function TeamSettings() {
  const [status, setStatus] = useTeamStatus();
  const [database, setDatabase] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string>();

  const connect = async () => {
    const urlProblem = workspaceUrlProblem(database.trim());
    if (urlProblem) return setMessage(t(URL_PROBLEMS[urlProblem]));
    if (!username.trim() || !password) return setMessage(t('teamMissingFields'));
    setMessage(undefined);
    const reply = await sendMessage('team.connect', {
      database: database.trim().replace(/\/+$/, ''),
      username: username.trim(),
      password,
    });
    if (!reply.ok) return setMessage(reply.error);
    setStatus(reply.data.status);
    if (reply.data.status.state !== 'error' && reply.data.status.state !== 'offline') setPassword('');
    setMessage(reply.data.installed ? t('teamInstalled') : undefined);
  };

  const disconnect = async () => {
    const reply = await sendMessage('team.disconnect', {});
    if (reply.ok) setStatus(reply.data.status);
    setMessage(reply.ok ? t('teamDisconnected') : reply.error);
  };

  const connected = status !== undefined && status.state !== 'off' && status.username !== undefined;
  return (
    <>
      <h2>{t('teamHeading')}</h2>
      <p className="muted">{t('teamHint')}</p>
      {status && (
        // aria-live, not role="status": the page's other sections announce their results as its one status.
        <p aria-live="polite" data-team-state={status.state}>
          {t('teamSyncStatus')}: {t(STATE_NAMES[status.state])}
          {status.problem ? `: ${problemText(status.problem)}` : ''}
        </p>
      )}
      {connected && status.roles && (
        <p>
          {t(
            'teamConnectedAs',
            status.database ?? '',
            status.username ?? '',
            listOf(status.roles.map(roleName)) || t('teamNoRole'),
          )}
        </p>
      )}
      {connected && conflictsText(status) && <p>{conflictsText(status)}</p>}
      {connected ? (
        <>
          <button type="button" onClick={() => void disconnect()}>
            {t('teamDisconnect')}
          </button>
          <p className="muted">{t('teamDisconnectHint')}</p>
        </>
      ) : (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void connect();
          }}
        >
          <label>
            {t('teamDatabaseUrl')}{' '}
            <input
              type="url"
              value={database}
              placeholder={t('teamDatabaseUrlExample')}
              onChange={(event) => setDatabase(event.target.value)}
            />
          </label>
          <label>
            {t('teamUsername')}{' '}
            <input
              autoComplete="username"
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          </label>
          <label>
            {t('teamPassword')}{' '}
            <input
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </label>
          <button type="submit">{t('teamConnect')}</button>
        </form>
      )}
      {message && <p role="alert">{message}</p>}
    </>
  );
}
