import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { platformName } from '@/utils/calendar/platform-names';
import type { PlatformId } from '@/utils/checks/types';
import { getDatabase } from '@/utils/db/database';
import { saveFailureText } from '@/utils/db/save-failure';
import { listOf, type MessageKey, t } from '@/utils/i18n';
import {
  keepRecordVersion,
  keptRecordText,
  type RecordConflict,
  readRecordConflicts,
} from '@/utils/team/record-conflicts';
import type { SharedRecordType } from '@/utils/team/records';
import { recordTitle } from '@/utils/team/shared-records';
import { TwoVersions } from './TeamConflictPanel';

/**
 * The brands, saved replies or research posts another team member changed while they had unsent edits here,
 * in the same field: each shows both versions of each such field, whole, and keeps the one the user picks
 * (the other fields are merged either way, utils/team/shared-records.ts), as the calendar does for entries.
 */

const FIELD_NAMES: Partial<Record<string, MessageKey>> = {
  name: 'teamRecordFieldName',
  title: 'teamConflictPartTitle',
  body: 'teamRecordFieldBody',
  shortcut: 'teamRecordFieldShortcut',
  tags: 'teamRecordFieldTags',
  platforms: 'teamConflictPartPlatforms',
  sites: 'teamConflictPartPlatforms',
  variants: 'teamRecordFieldVariants',
  notes: 'teamConflictPartNotes',
  collections: 'teamRecordFieldCollections',
  guidelines: 'teamRecordFieldGuidelines',
  watchTerms: 'teamRecordFieldWatchTerms',
};

const fieldName = (field: string) => t(FIELD_NAMES[field] ?? 'teamRecordFieldOther');

/** One version of one field, whole: every character of a text, nothing cut. */
function fieldText(field: string, value: unknown): string {
  if (typeof value === 'string') return value.trim() ? value : t('teamConflictEmpty');
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    const items =
      field === 'platforms' || field === 'sites' ? value.map((id) => platformName(id as PlatformId)) : value;
    return items.length > 0 ? listOf(items) : t('teamConflictEmpty');
  }
  if (field === 'variants' && value && typeof value === 'object')
    return Object.entries(value as Record<string, string>)
      .map(([platform, text]) => `${platformName(platform as PlatformId)}: ${text}`)
      .join('\n');
  return value === undefined ? t('teamConflictEmpty') : JSON.stringify(value, null, 2);
}

function RecordConflictPanel({ conflict }: { conflict: RecordConflict }) {
  const heading = `team-conflict-${conflict.docId}`;
  // Why the choice was not kept (a shortcut another reply holds, or the database's own error), never silent.
  const [notKept, setNotKept] = useState<string>();
  const keep = (choice: 'mine' | 'theirs') =>
    void keepRecordVersion(getDatabase(), conflict.docId, choice).then(
      (result) => setNotKept(keptRecordText(result)),
      (error: unknown) => setNotKept(saveFailureText(error)),
    );
  return (
    <section className="team-conflict problems" aria-labelledby={heading} data-team-conflict={conflict.docId}>
      <h2 id={heading}>{t('teamRecordConflictHeading', recordTitle(conflict.mine))}</h2>
      <p>{t('teamRecordConflictHint')}</p>
      {conflict.fields.map((field) => (
        <TwoVersions
          key={field}
          name={fieldName(field)}
          mine={fieldText(field, conflict.mine[field])}
          theirs={fieldText(field, conflict.theirs[field])}
        />
      ))}
      <div className="actions">
        <button type="button" className="button" onClick={() => keep('mine')}>
          {t('teamConflictKeepMine')}
        </button>
        <button type="button" className="button" onClick={() => keep('theirs')}>
          {t('teamConflictKeepTheirs')}
        </button>
      </div>
      {notKept && <p role="alert">{notKept}</p>}
    </section>
  );
}

/** Every record of `type` with two versions, at the top of its dashboard page. */
export function TeamRecordConflicts({ type }: { type: SharedRecordType }) {
  const conflicts = useLiveQuery(() => readRecordConflicts(getDatabase(), type), [type]) ?? [];
  return conflicts.map((conflict) => <RecordConflictPanel key={conflict.docId} conflict={conflict} />);
}
