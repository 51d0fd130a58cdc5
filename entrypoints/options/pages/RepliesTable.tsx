import { useState } from 'react';
import type { SavedReply } from '@/utils/db/records';
import { formatNumber, quoted, t } from '@/utils/i18n';
import { relativeTime } from '@/utils/i18n/relative-time';
import { siteName } from '@/utils/sites/meta';

export type ReplySortKey = 'title' | 'usageCount' | 'lastUsedAt';
export interface ReplySort {
  key: ReplySortKey;
  direction: 'ascending' | 'descending';
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Sorts by the chosen column; never-used replies go last whichever way "Last used" is sorted. */
export function sortReplies(replies: SavedReply[], sort: ReplySort): SavedReply[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...replies].sort((a, b) => {
    if (sort.key === 'title') return sign * collator.compare(a.title, b.title);
    if (sort.key === 'usageCount')
      return sign * (a.usageCount - b.usageCount) || collator.compare(a.title, b.title);
    if (a.lastUsedAt === undefined || b.lastUsedAt === undefined) {
      return (a.lastUsedAt === undefined ? 1 : 0) - (b.lastUsedAt === undefined ? 1 : 0);
    }
    return sign * (a.lastUsedAt - b.lastUsedAt);
  });
}

interface RepliesTableProps {
  replies: SavedReply[];
  sort: ReplySort;
  onSort: (sort: ReplySort) => void;
  onEdit: (reply: SavedReply) => void;
  onDuplicate: (reply: SavedReply) => void;
  onDelete: (reply: SavedReply) => void;
}

export function RepliesTable({ replies, sort, onSort, onEdit, onDuplicate, onDelete }: RepliesTableProps) {
  const [confirming, setConfirming] = useState<string>();

  const header = (key: ReplySortKey, label: string, firstDirection: ReplySort['direction']) => {
    const active = sort.key === key;
    const next: ReplySort['direction'] = active
      ? sort.direction === 'ascending'
        ? 'descending'
        : 'ascending'
      : firstDirection;
    return (
      <th scope="col" aria-sort={active ? sort.direction : 'none'}>
        <button type="button" className="sort" onClick={() => onSort({ key, direction: next })}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <table className="replies-table">
      <thead>
        <tr>
          {header('title', t('repliesColumnTitle'), 'ascending')}
          <th scope="col">{t('repliesColumnShortcut')}</th>
          <th scope="col">{t('repliesColumnTags')}</th>
          {header('usageCount', t('repliesColumnUsed'), 'descending')}
          {header('lastUsedAt', t('repliesColumnLastUsed'), 'descending')}
          <th scope="col">
            <span className="visually-hidden">{t('repliesColumnActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {replies.map((reply) => (
          <tr key={reply.id}>
            <th scope="row">
              <span className="reply-title">{reply.title}</span>
              <span className="reply-excerpt muted">{reply.body.slice(0, 120)}</span>
            </th>
            <td>{reply.shortcut ? <code>;;{reply.shortcut}</code> : <span className="muted">—</span>}</td>
            <td>
              {reply.tags.map((tag) => (
                <span key={tag} className="tag">
                  {tag}
                </span>
              ))}
              <span className="muted">
                {reply.platforms.length === 0
                  ? t('repliesAllPlatforms')
                  : reply.platforms.map((platform) => siteName(platform)).join(', ')}
              </span>
            </td>
            <td className="number">{formatNumber(reply.usageCount)}</td>
            <td>
              {reply.lastUsedAt === undefined ? (
                <span className="muted">{t('repliesNever')}</span>
              ) : (
                <time dateTime={new Date(reply.lastUsedAt).toISOString()}>
                  {relativeTime(reply.lastUsedAt)}
                </time>
              )}
            </td>
            <td className="actions">
              {confirming === reply.id ? (
                <>
                  <button
                    type="button"
                    className="button danger"
                    onClick={() => {
                      setConfirming(undefined);
                      onDelete(reply);
                    }}
                  >
                    {t('repliesDeleteConfirm', quoted(reply.title))}
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(undefined)}>
                    {t('repliesKeep')}
                  </button>
                </>
              ) : (
                <>
                  <button type="button" className="button" onClick={() => onEdit(reply)}>
                    {t('repliesEdit')}
                    <span className="visually-hidden"> {reply.title}</span>
                  </button>
                  <button type="button" className="button" onClick={() => onDuplicate(reply)}>
                    {t('repliesDuplicate')}
                    <span className="visually-hidden"> {reply.title}</span>
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(reply.id)}>
                    {t('repliesDelete')}
                    <span className="visually-hidden"> {reply.title}</span>
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
