import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { analyticsRepository } from '@/utils/db/analytics';
import { brandsRepository } from '@/utils/db/brands';
import { calendarRepository } from '@/utils/db/calendar';
import { getDatabase } from '@/utils/db/database';
import { repliesRepository } from '@/utils/db/replies';
import { researchRepository } from '@/utils/db/research';
import { type DamagedRecord, InvalidRecordError } from '@/utils/db/table-repository';
import { type MessageKey, plural, t } from '@/utils/i18n';
import { errorDetail } from '@/utils/refusal';
import { downloadFile } from './guidelines/brand-store';

const db = getDatabase();
const analytics = analyticsRepository(db);
/** The tables whose rows lists would leave out when damaged; a damaged setting falls back to its default. */
const REPOSITORIES = {
  brands: { label: 'settingsDamagedBrand', repository: brandsRepository(db) },
  calendarEntries: { label: 'settingsDamagedCalendarEntry', repository: calendarRepository(db) },
  savedReplies: { label: 'settingsDamagedSavedReply', repository: repliesRepository(db) },
  researchPosts: { label: 'settingsDamagedResearchPost', repository: researchRepository(db) },
  ownPosts: { label: 'settingsDamagedOwnPost', repository: analytics.posts },
  snapshotSets: { label: 'settingsDamagedPostNumbers', repository: analytics.snapshotSets },
  importSources: { label: 'settingsDamagedImportSource', repository: analytics.sources },
} as const satisfies Record<string, { label: MessageKey; repository: unknown }>;
type TableName = keyof typeof REPOSITORIES;

async function allDamaged(): Promise<DamagedRecord[]> {
  const lists = await Promise.all(Object.values(REPOSITORIES).map(({ repository }) => repository.damaged()));
  return lists.flat();
}

/**
 * Stored rows that no longer pass validation (a hand-edited database, a bug in an older version). Lists leave
 * them out, so they are shown here: download one, fix its JSON and save it, or delete it.
 */
export function DamagedRecords() {
  const damaged = useLiveQuery(allDamaged);
  if (!damaged || damaged.length === 0) return null;
  return (
    <section aria-label={t('settingsDamagedHeading')}>
      <h2>{t('settingsDamagedHeading')}</h2>
      <p className="muted">{plural('settingsDamagedIntro', damaged.length)}</p>
      <ul className="damaged-records">
        {damaged.map((record) => (
          <DamagedRow key={`${record.table}/${record.key}`} record={record} />
        ))}
      </ul>
    </section>
  );
}

function DamagedRow({ record }: { record: DamagedRecord }) {
  const { label: labelKey, repository } = REPOSITORIES[record.table as TableName];
  const name = t('settingsDamagedRecord', t(labelKey), record.key);
  const [text, setText] = useState<string>();
  const [error, setError] = useState<string>();
  const json = JSON.stringify(record.row, null, 2);

  const save = async (edited: string) => {
    let value: unknown;
    try {
      value = JSON.parse(edited);
    } catch {
      setError(t('settingsDamagedNotJson'));
      return;
    }
    if ((value as { id?: unknown } | null)?.id !== record.key) {
      setError(t('settingsDamagedKeepId', record.key));
      return;
    }
    try {
      await (repository.put as (row: unknown) => Promise<unknown>)(value);
      setText(undefined);
      setError(undefined);
    } catch (e) {
      setError(
        e instanceof InvalidRecordError
          ? t('settingsDamagedStillInvalid', e.detail)
          : t('settingsDamagedSaveFailed', errorDetail(e)),
      );
    }
  };

  return (
    <li>
      <p>
        <strong>{name}</strong>: {record.problem}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => downloadFile(`onbrand-damaged-${record.table}-${record.key}.json`, `${json}\n`)}
        >
          {t('settingsDamagedDownload')}
        </button>
        <button type="button" className="button" onClick={() => setText(json)}>
          {t('settingsDamagedRepair')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            if (window.confirm(t('settingsDamagedConfirmDelete', name))) void repository.delete(record.key);
          }}
        >
          {t('settingsDamagedDelete')}
        </button>
      </div>
      {text !== undefined && (
        <div>
          <textarea
            aria-label={t('settingsDamagedAsJson', name)}
            rows={12}
            cols={80}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <div className="actions">
            <button type="button" className="button" onClick={() => void save(text)}>
              {t('settingsDamagedSave')}
            </button>
            <button type="button" className="button" onClick={() => setText(undefined)}>
              {t('settingsCancel')}
            </button>
          </div>
        </div>
      )}
      {error && <p className="error">{error}</p>}
    </li>
  );
}
