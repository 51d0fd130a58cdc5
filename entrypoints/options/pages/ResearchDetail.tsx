import { useState } from 'react';
import type { ResearchPost } from '@/utils/db/records';
import { listOf, type MessageKey, t } from '@/utils/i18n';
import { hasDisclosure, looksSponsoredUndisclosed } from '@/utils/research/disclosure';
import { MetricsHistory, mediaKindName } from './ResearchCharts';
import { platformLabel } from './ResearchList';

/** What a page did not show when the post was saved (the capture's field names). */
const FIELD_NAMES: Record<string, MessageKey> = {
  author: 'researchFieldAuthor',
  publishedAt: 'researchFieldPublishedAt',
  metrics: 'researchFieldMetrics',
  permalink: 'researchFieldPermalink',
  text: 'researchFieldText',
  media: 'researchFieldMedia',
};

const fieldName = (field: string) => {
  const key = FIELD_NAMES[field];
  return key ? t(key) : field;
};

const splitList = (value: string) => [
  ...new Set(
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  ),
];

/**
 * One saved post: its full text, metrics history, and the user's tags, collections and notes. Mount it
 * with `key={post.id}`: the fields hold what the user is typing, and a save arriving meanwhile (a new
 * metrics snapshot) must not wipe it.
 */
export function ResearchDetail({
  post,
  onChange,
  onDelete,
  onClose,
}: {
  post: ResearchPost;
  onChange: (post: ResearchPost) => void;
  onDelete: (post: ResearchPost) => void;
  onClose: () => void;
}) {
  const [tags, setTags] = useState(post.tags.join(', '));
  const [collections, setCollections] = useState(post.collections.join(', '));
  const [notes, setNotes] = useState(post.notes ?? '');
  const [shared, setShared] = useState(post.shared === true);

  const commit = () => {
    const next = {
      ...post,
      tags: splitList(tags),
      collections: splitList(collections),
      notes: notes || undefined,
      // What the checkbox says now: `post` may not have caught up with it yet.
      shared,
    };
    if (
      next.tags.join() !== post.tags.join() ||
      next.collections.join() !== post.collections.join() ||
      next.notes !== post.notes
    ) {
      onChange(next);
    }
  };

  return (
    <aside className="research-detail" aria-label={t('researchSavedPost')}>
      <header>
        <h2>
          {t(
            'researchAuthorOn',
            post.author.name ?? post.author.handle ?? t('researchUnknownAuthor'),
            platformLabel(post.platform),
          )}
        </h2>
        <button type="button" onClick={onClose} aria-label={t('researchCloseDetails')}>
          ×
        </button>
      </header>
      <p className="detail-text">{post.text}</p>
      <p className="muted">
        {t(
          hasDisclosure(post)
            ? 'researchHasDisclosure'
            : looksSponsoredUndisclosed(post)
              ? 'researchLooksSponsored'
              : 'researchNotSponsored',
        )}{' '}
        {post.media.kind !== 'none' &&
          `${t('researchMedia', post.media.count, mediaKindName(post.media.kind))} `}
        {post.missing.length > 0 && t('researchNotShown', listOf(post.missing.map(fieldName)))}
      </p>
      {post.metrics.length > 0 && <MetricsHistory metrics={post.metrics} />}
      <label>
        {t('researchTags')}
        <input value={tags} onChange={(e) => setTags(e.target.value)} onBlur={commit} />
      </label>
      <label>
        {t('researchCollections')}
        <input value={collections} onChange={(e) => setCollections(e.target.value)} onBlur={commit} />
      </label>
      <label>
        {t('researchNotes')}
        <textarea rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} onBlur={commit} />
      </label>
      <label className="research-shared">
        <input
          type="checkbox"
          checked={shared}
          onChange={(e) => {
            setShared(e.target.checked);
            onChange({ ...post, shared: e.target.checked });
          }}
        />
        {t('researchShared')}
      </label>
      <p className="muted">{t('researchSharedHint')}</p>
      <div className="actions">
        {post.permalink && (
          <a href={post.permalink} target="_blank" rel="noreferrer noopener">
            {t('researchOpenOriginal')}
          </a>
        )}
        <button type="button" className="danger" onClick={() => onDelete(post)}>
          {t('researchDelete')}
        </button>
      </div>
    </aside>
  );
}
