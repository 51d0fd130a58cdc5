import { useState } from 'react';
import type { ResearchPost } from '@/utils/db/records';
import { hasDisclosure, looksSponsoredUndisclosed } from '@/utils/research/disclosure';
import { MetricsHistory } from './ResearchCharts';
import { platformLabel } from './ResearchList';

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

  const commit = () => {
    const next = {
      ...post,
      tags: splitList(tags),
      collections: splitList(collections),
      notes: notes || undefined,
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
    <aside className="research-detail" aria-label="Saved post">
      <header>
        <h2>
          {post.author.name ?? post.author.handle ?? 'Unknown author'} on {platformLabel(post.platform)}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>
      <p className="detail-text">{post.text}</p>
      <p className="muted">
        {hasDisclosure(post)
          ? 'Carries a disclosure label.'
          : looksSponsoredUndisclosed(post)
            ? 'Looks sponsored, with no disclosure label.'
            : 'No sign of sponsorship.'}{' '}
        {post.media.kind !== 'none' && `Media: ${post.media.count} × ${post.media.kind}. `}
        {post.missing.length > 0 && `Not shown on the page when saved: ${post.missing.join(', ')}.`}
      </p>
      {post.metrics.length > 0 && <MetricsHistory metrics={post.metrics} />}
      <label>
        Tags (comma-separated)
        <input value={tags} onChange={(e) => setTags(e.target.value)} onBlur={commit} />
      </label>
      <label>
        Collections (comma-separated)
        <input value={collections} onChange={(e) => setCollections(e.target.value)} onBlur={commit} />
      </label>
      <label>
        Notes
        <textarea rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} onBlur={commit} />
      </label>
      <div className="actions">
        {post.permalink && (
          <a href={post.permalink} target="_blank" rel="noreferrer noopener">
            Open original
          </a>
        )}
        <button type="button" className="danger" onClick={() => onDelete(post)}>
          Delete
        </button>
      </div>
    </aside>
  );
}
