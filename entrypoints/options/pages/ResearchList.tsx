import { useEffect, useState } from 'react';
import type { ResearchPost } from '@/utils/db/records';
import { engagementOf } from '@/utils/db/research';
import { type MessageKey, t, uiLocale } from '@/utils/i18n';
import { SITE_META } from '@/utils/sites/meta';

const ROW_HEIGHT = 116;
const VIEWPORT_HEIGHT = 580;
const OVERSCAN = 4;

/** The platform as a label: a post saved from any other page is "Web". */
export const platformLabel = (platform: ResearchPost['platform']) =>
  platform === 'web' ? t('researchWeb') : SITE_META[platform].name;

const compactNumber = new Intl.NumberFormat(uiLocale(), { notation: 'compact' });
const formatDate = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
const pluralRules = new Intl.PluralRules(uiLocale());

const COUNTED: Record<'replies' | 'reposts' | 'likes' | 'views' | 'engagements', [MessageKey, MessageKey]> = {
  replies: ['researchReplies_one', 'researchReplies_other'],
  reposts: ['researchReposts_one', 'researchReposts_other'],
  likes: ['researchLikes_one', 'researchLikes_other'],
  views: ['researchViews_one', 'researchViews_other'],
  engagements: ['researchEngagements_one', 'researchEngagements_other'],
};

/** "1.2K likes" / "1234 Likes": compact numbers, with the noun the number's plural rule asks for. */
function counted(what: keyof typeof COUNTED, value: number): string {
  const [one, other] = COUNTED[what];
  return t(pluralRules.select(value) === 'one' ? one : other, compactNumber.format(value));
}

function Metrics({ post }: { post: ResearchPost }) {
  const latest = post.metrics.at(-1);
  const parts = (['replies', 'reposts', 'likes', 'views'] as const).flatMap((key) =>
    latest?.[key] === undefined ? [] : [counted(key, latest[key] ?? 0)],
  );
  return <span className="metrics">{parts.length ? parts.join(' · ') : t('researchNoMetrics')}</span>;
}

/** Rows whose posts are asked for ahead of the scroll, so a steady scroll rarely meets a blank row. */
const PREFETCH = 30;

/**
 * Only the rows in view (and a few around them) are in the DOM, at fixed heights, so fifty thousand
 * saved posts scroll like fifty. The list knows how many posts match; a row's post comes from `rows`, asked
 * for with `needRows` as it nears the view (the library lives in a worker).
 */
export function ResearchList({
  total,
  rows,
  needRows,
  selectedId,
  onSelect,
}: {
  total: number;
  rows: ReadonlyMap<number, ResearchPost>;
  needRows: (from: number, to: number) => void;
  selectedId: string | undefined;
  onSelect: (post: ResearchPost) => void;
}) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + VIEWPORT_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  useEffect(() => {
    needRows(Math.max(0, first - PREFETCH), last + PREFETCH);
  }, [first, last, needRows]);
  return (
    <div
      className="research-list"
      style={{ height: Math.min(VIEWPORT_HEIGHT, total * ROW_HEIGHT + 2) }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ul aria-label={t('researchSavedPosts')} style={{ height: total * ROW_HEIGHT }}>
        {Array.from({ length: Math.max(0, last - first) }, (_, i) => {
          const position = first + i;
          const post = rows.get(position);
          const place = {
            'aria-setsize': total,
            'aria-posinset': position + 1,
            style: { top: position * ROW_HEIGHT, height: ROW_HEIGHT - 8 },
          };
          if (!post)
            return (
              <li key={`row-${position}`} className="research-row loading" aria-busy="true" {...place}>
                {t('researchLoading')}
              </li>
            );
          return (
            <li
              key={post.id}
              className="research-row"
              aria-current={post.id === selectedId ? 'true' : undefined}
              {...place}
            >
              <div className="row-head">
                <strong className="author-name">
                  {post.author.name ?? post.author.handle ?? t('researchUnknownAuthor')}
                </strong>
                {post.author.handle && post.author.name && (
                  <span className="handle">{post.author.handle}</span>
                )}
                <span className="platform">{platformLabel(post.platform)}</span>
                {post.isAd && <span className="label">{t('researchAd')}</span>}
                {post.isRepost && (
                  <span className="label">
                    {post.repostedBy ? t('researchRepostBy', post.repostedBy) : t('researchRepost')}
                  </span>
                )}
                <span className="when">
                  {post.publishedAt === undefined
                    ? t('researchSavedAt', formatDate.format(post.savedAt))
                    : formatDate.format(post.publishedAt)}
                </span>
              </div>
              <p className="row-text">{post.text || <em>{t('researchNoText')}</em>}</p>
              <div className="row-foot">
                <Metrics post={post} />
                <span className="engagement">{counted('engagements', engagementOf(post))}</span>
                {post.tags.map((tag) => (
                  <span key={tag} className="tag">
                    {tag}
                  </span>
                ))}
                <span className="spacer" />
                {post.permalink && (
                  <a href={post.permalink} target="_blank" rel="noreferrer noopener">
                    {t('researchOpenOriginal')}
                  </a>
                )}
                <button type="button" onClick={() => onSelect(post)}>
                  {t('researchDetails')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
