import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { getDatabase } from '@/utils/db/database';
import type { SavedReply } from '@/utils/db/records';
import { type ReplyDraft, repliesRepository } from '@/utils/db/replies';
import { settingsRepository } from '@/utils/db/settings';
import { matchesQuery } from '@/utils/replies/search';
import { RepliesTable, type ReplySort, sortReplies } from './RepliesTable';
import { ReplyEditor } from './ReplyEditor';
import './replies.css';

const replies = repliesRepository(getDatabase());
const settings = settingsRepository(getDatabase());

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
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <section className="replies-page">
      <h1>Saved replies</h1>
      <p className="muted">
        Write answers once. In any supported composer, type <kbd>;;</kbd> and a reply’s shortcut, then{' '}
        <kbd>Space</kbd> or <kbd>Tab</kbd>; or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>R</kbd> to pick one.
      </p>

      <label className="field my-name">
        <span>Your name, for {'{my.name}'}</span>
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
            aria-label="Search replies"
            placeholder="Search title, text, shortcut or tag"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
          <button type="button" className="button primary" onClick={() => setEditing({ kind: 'new' })}>
            New reply
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
        <p className="notice">No saved replies yet. “New reply” creates the first one.</p>
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
        <p className="muted">No reply matches “{query}”.</p>
      )}
    </section>
  );
}
