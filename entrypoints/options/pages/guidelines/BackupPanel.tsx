import { useState } from 'react';
import { applyRestore, createBackup, planRestore, type RestorePlan } from '@/utils/backup/full-backup';
import { getDatabase } from '@/utils/db/database';
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
        lines: ['This file cannot be restored; nothing was changed.', ...result.errors],
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
      setMessage({ error: false, lines: ['Restored. Everything now matches the backup.'] });
    } catch (error) {
      setMessage({
        error: true,
        lines: [
          `The restore failed and was rolled back; nothing was changed (${error instanceof Error ? error.message : error}).`,
        ],
      });
    }
    setPlan(undefined);
  };

  return (
    <section aria-label="Backup" className="backup">
      <h2>Backup and restore</h2>
      <p className="muted">
        One file with everything: brands and guidelines, calendar, saved replies, research and settings.
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void backup()}>
          Download a backup
        </button>
        <label className="button">
          Restore from a backup…
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
        <section className="restore-plan" aria-label="Restore plan">
          <p>Restoring replaces everything with the backup:</p>
          <table>
            <thead>
              <tr>
                <th>What</th>
                <th>Added</th>
                <th>Changed</th>
                <th>Removed</th>
                <th>Unchanged</th>
              </tr>
            </thead>
            <tbody>
              {plan.changes.map((change) => (
                <tr key={change.table}>
                  <td>{change.label}</td>
                  <td>{change.added}</td>
                  <td>{change.changed}</td>
                  <td>{change.removed}</td>
                  <td>{change.unchanged}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => void restore(plan)}>
              Restore
            </button>
            <button type="button" className="button" onClick={() => setPlan(undefined)}>
              Cancel
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
