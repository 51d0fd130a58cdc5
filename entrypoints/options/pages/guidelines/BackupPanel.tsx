import { useState } from 'react';
import { applyRestore, createBackup, planRestore, type RestorePlan } from '@/utils/backup/full-backup';
import { getDatabase } from '@/utils/db/database';
import { formatNumber, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { announceBrandChange, downloadFile } from './brand-store';

type ReadyPlan = Extract<RestorePlan, { ok: true }>;

/** Everything OnBrand stores, out to one file and back; a restore is previewed before it changes anything. */
export function BackupPanel() {
  const [plan, setPlan] = useState<ReadyPlan>();
  const [message, setMessage] = useState<{ error: boolean; lines: string[] }>();

  const backup = async () => {
    const day = new Date().toISOString().slice(0, 10);
    downloadFile(`onbrand-backup-${day}.json`, await createBackup(getDatabase()));
  };

  const preview = async (file: File) => {
    const result = await planRestore(getDatabase(), await file.text());
    if (!result.ok) {
      setPlan(undefined);
      setMessage({
        error: true,
        lines: [t('backupRefused'), ...result.errors],
      });
      return;
    }
    setPlan(result);
    setMessage(undefined);
  };

  const restore = async (ready: ReadyPlan) => {
    try {
      await applyRestore(getDatabase(), ready);
      await announceBrandChange();
      // The restored calendar's and follow-ups' reminders: the background sets their alarms again (and shows
      // the follow-ups already due).
      await sendMessage('calendar.remindersChanged', {});
      await sendMessage('followUps.changed', {});
      setMessage({ error: false, lines: [t('backupRestored')] });
    } catch (error) {
      setMessage({
        error: true,
        lines: [t('backupRolledBack', error instanceof Error ? error.message : String(error))],
      });
    }
    setPlan(undefined);
  };

  return (
    <section aria-label={t('backupLabel')} className="backup">
      <h2>{t('backupHeading')}</h2>
      <p className="muted">{t('backupIntro')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void backup()}>
          {t('backupDownload')}
        </button>
        <label className="button">
          {t('backupRestoreFrom')}
          <input
            type="file"
            accept="application/json,.json"
            hidden
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void preview(file);
            }}
          />
        </label>
      </div>
      {plan && (
        <section className="restore-plan" aria-label={t('backupPlan')}>
          <p>{t('backupPlanIntro')}</p>
          <table>
            <thead>
              <tr>
                <th>{t('backupWhat')}</th>
                <th>{t('backupAdded')}</th>
                <th>{t('backupChanged')}</th>
                <th>{t('backupRemoved')}</th>
                <th>{t('backupUnchanged')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.changes.map((change) => (
                <tr key={change.table}>
                  <td>{change.label}</td>
                  <td>{formatNumber(change.added)}</td>
                  <td>{formatNumber(change.changed)}</td>
                  <td>{formatNumber(change.removed)}</td>
                  <td>{formatNumber(change.unchanged)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => void restore(plan)}>
              {t('backupRestore')}
            </button>
            <button type="button" className="button" onClick={() => setPlan(undefined)}>
              {t('backupCancel')}
            </button>
          </div>
        </section>
      )}
      {message && (
        <div className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </section>
  );
}
