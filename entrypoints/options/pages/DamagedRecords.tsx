import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { analyticsRepository } from '@/utils/db/analytics';
import { brandsRepository } from '@/utils/db/brands';
import { calendarRepository } from '@/utils/db/calendar';
import { getDatabase } from '@/utils/db/database';
import { repliesRepository } from '@/utils/db/replies';
import { researchRepository } from '@/utils/db/research';
import { type DamagedRecord, InvalidRecordError } from '@/utils/db/table-repository';
import { downloadFile } from './guidelines/brand-store';

const db = getDatabase();
const analytics = analyticsRepository(db);
/** The tables whose rows lists would leave out when damaged; a damaged setting falls back to its default. */
const REPOSITORIES = {
  brands: { label: 'Brand', repository: brandsRepository(db) },
  calendarEntries: { label: 'Calendar entry', repository: calendarRepository(db) },
  savedReplies: { label: 'Saved reply', repository: repliesRepository(db) },
  researchPosts: { label: 'Research post', repository: researchRepository(db) },
  ownPosts: { label: 'Own post', repository: analytics.posts },
  snapshotSets: { label: 'Post numbers', repository: analytics.snapshotSets },
  importSources: { label: 'Analytics import source', repository: analytics.sources },
} as const;
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
    <section aria-label="Damaged records">
      <h2>Damaged records</h2>
      <p className="muted">
        {damaged.length === 1
          ? 'One stored record no longer reads'
          : `${damaged.length} stored records no longer read`}{' '}
        correctly, so lists and exports leave {damaged.length === 1 ? 'it' : 'them'} out. Nothing is deleted
        until you say so: download, repair or delete each one.
      </p>
      <ul className="damaged-records">
        {damaged.map((record) => (
          <DamagedRow key={`${record.table}/${record.key}`} record={record} />
        ))}
      </ul>
    </section>
  );
}

function DamagedRow({ record }: { record: DamagedRecord }) {
  const { label, repository } = REPOSITORIES[record.table as TableName];
  const [text, setText] = useState<string>();
  const [error, setError] = useState<string>();
  const json = JSON.stringify(record.row, null, 2);

  const save = async (edited: string) => {
    let value: unknown;
    try {
      value = JSON.parse(edited);
    } catch {
      setError('This is not valid JSON; check the quotes and commas.');
      return;
    }
    if ((value as { id?: unknown } | null)?.id !== record.key) {
      setError(`Keep the id "${record.key}": it is how other records refer to this one.`);
      return;
    }
    try {
      await (repository.put as (row: unknown) => Promise<unknown>)(value);
      setText(undefined);
      setError(undefined);
    } catch (e) {
      setError(
        e instanceof InvalidRecordError ? `Still not valid: ${e.detail}` : `Could not save it: ${String(e)}`,
      );
    }
  };

  return (
    <li>
      <p>
        <strong>
          {label} “{record.key}”
        </strong>
        : {record.problem}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => downloadFile(`onbrand-damaged-${record.table}-${record.key}.json`, `${json}\n`)}
        >
          Download
        </button>
        <button type="button" className="button" onClick={() => setText(json)}>
          Repair…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            if (window.confirm(`Delete the damaged ${label.toLowerCase()} “${record.key}” for good?`))
              void repository.delete(record.key);
          }}
        >
          Delete
        </button>
      </div>
      {text !== undefined && (
        <div>
          <textarea
            aria-label={`${label} ${record.key} as JSON`}
            rows={12}
            cols={80}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <div className="actions">
            <button type="button" className="button" onClick={() => void save(text)}>
              Save repaired record
            </button>
            <button type="button" className="button" onClick={() => setText(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error && <p className="error">{error}</p>}
    </li>
  );
}
