import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { messageWith } from '@/components/ui/message-with';
import { getDatabase } from '@/utils/db/database';
import type { SavedReply } from '@/utils/db/records';
import { type ReplyDraft, repliesRepository } from '@/utils/db/replies';
import { saveFailureText } from '@/utils/db/save-failure';
import { settingsRepository } from '@/utils/db/settings';
import { quoted, t } from '@/utils/i18n';
import { matchesQuery } from '@/utils/replies/search';
import { SHORTCUT_PREFIX } from '@/utils/replies/shortcut';
import { RepliesTable, type ReplySort, sortReplies } from './RepliesTable';
import { ReplyEditor } from './ReplyEditor';
import './replies.css';
import { TeamRecordConflicts } from './TeamRecordConflicts';

const replies = repliesRepository(getDatabase());
const settings = settingsRepository(getDatabase());

/** The variable the name below fills in. */
const MY_NAME_VARIABLE = '{my.name}';

const EMPTY_DRAFT: ReplyDraft = { title: '', body: '', shortcut: '', tags: [], platforms: [], variants: {} };

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'existing'; reply: SavedReply };

export function RepliesPage() {
  const all = useLiveQuery(() => replies.list());
  const myName = useLiveQuery(() => settings.read('myName'));
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<ReplySort>({ key: 'title', direction: 'ascending' });
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [error, setError] = useState<string>();

  const shown = useMemo(
    () =>
      sortReplies(
        (all ?? []).filter((reply) => matchesQuery(reply, query)),
        sort,
      ),
    [all, query, sort],
  );

  const act = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(saveFailureText(failure));
    }
  };

  return (
    <section className="replies-page">
      <h1>{t('repliesTitle')}</h1>
      <p className="muted">
        {messageWith(
          'repliesIntro',
          <kbd>{SHORTCUT_PREFIX}</kbd>,
          <kbd>{t('repliesKeySpace')}</kbd>,
          <kbd>{t('repliesKeyTab')}</kbd>,
          <kbd>{t('repliesKeysPicker')}</kbd>,
        )}
      </p>

      <TeamRecordConflicts type="savedReply" />

      <label className="field my-name">
        <span>{t('repliesMyName', MY_NAME_VARIABLE)}</span>
        <input
          key={myName ?? 'loading'}
          defaultValue={myName ?? ''}
          maxLength={200}
          disabled={myName === undefined}
          onBlur={(event) => {
            const value = event.currentTarget.value.trim();
            if (value !== myName) void act(() => settings.write('myName', value));
          }}
        />
      </label>

      {editing.kind === 'none' ? (
        <div className="toolbar">
          <input
            type="search"
            aria-label={t('repliesSearch')}
            placeholder={t('repliesSearchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
          <button type="button" className="button primary" onClick={() => setEditing({ kind: 'new' })}>
            {t('repliesNew')}
          </button>
        </div>
      ) : (
        <ReplyEditor
          key={editing.kind === 'existing' ? editing.reply.id : 'new'}
          initial={
            editing.kind === 'existing'
              ? { ...editing.reply, shortcut: editing.reply.shortcut ?? '' }
              : EMPTY_DRAFT
          }
          onSave={async (draft) => {
            await replies.save(draft);
            setEditing({ kind: 'none' });
          }}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}

      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}

      {all === undefined ? null : all.length === 0 ? (
        <p className="notice">{t('repliesNone')}</p>
      ) : (
        <RepliesTable
          replies={shown}
          sort={sort}
          onSort={setSort}
          onEdit={(reply) => setEditing({ kind: 'existing', reply })}
          onDuplicate={(reply) => act(() => replies.duplicate(reply.id))}
          onDelete={(reply) => act(() => replies.delete(reply.id))}
        />
      )}
      {all !== undefined && all.length > 0 && shown.length === 0 && (
        <p className="muted">{t('repliesNoMatch', quoted(query))}</p>
      )}
    </section>
  );
}
