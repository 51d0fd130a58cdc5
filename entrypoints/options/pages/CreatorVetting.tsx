import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { Finding } from '@/utils/checks/types';
import { getDatabase } from '@/utils/db/database';
import type { Brand } from '@/utils/db/records';
import { formatNumber, plural, t } from '@/utils/i18n';
import { findingMessage } from '@/utils/i18n/finding-message';
import { marketsInASentence } from '@/utils/i18n/markets';
import { researchAuthors, vetCreator } from '@/utils/partners/vetting';

/**
 * Vetting a creator before signing: from the posts of theirs saved to research, how many of the commercial
 * ones carry a disclosure every market of the brand accepts, and what is wrong with the others.
 */
export function CreatorVetting({ brand }: { brand: Brand | undefined }) {
  const posts = useLiveQuery(() => getDatabase().researchPosts.toArray());
  const authors = useMemo(() => (posts ? researchAuthors(posts) : []), [posts]);
  const [author, setAuthor] = useState('');
  const markets = brand?.jurisdictions;
  const vetting = useMemo(
    () => (posts && author && markets ? vetCreator(posts, author, markets) : undefined),
    [posts, author, markets],
  );
  if (!markets) return null;
  if (markets.length === 0)
    return (
      <section className="card" aria-labelledby="vetting-title">
        <h2 id="vetting-title">{t('vettingTitle')}</h2>
        <p className="muted">{t('vettingNoMarkets')}</p>
      </section>
    );

  return (
    <section className="card" aria-labelledby="vetting-title">
      <h2 id="vetting-title">{t('vettingTitle')}</h2>
      <p className="muted">{t('vettingIntro', marketsInASentence(markets))}</p>
      {posts && authors.length === 0 && <p className="muted">{t('vettingNoResearch')}</p>}
      {authors.length > 0 && (
        <label className="field">
          <span>{t('vettingCreator')}</span>
          <select value={author} onChange={(event) => setAuthor(event.currentTarget.value)}>
            <option value="">{t('vettingChoose')}</option>
            {authors.map((entry) => (
              <option key={entry.author} value={entry.author}>
                {t('vettingCreatorOption', entry.author, plural('vettingPosts', entry.posts))}
              </option>
            ))}
          </select>
        </label>
      )}
      {vetting && (
        <div role="status">
          <p>
            {vetting.commercial === 0
              ? t('vettingNoCommercial')
              : t(
                  'vettingSummary',
                  formatNumber(vetting.accepted),
                  plural('vettingCommercial', vetting.commercial),
                  marketsInASentence(markets),
                )}
          </p>
          {vetting.notAccepted.length > 0 && (
            <ul className="vetting-posts" aria-label={t('vettingNotAccepted')}>
              {vetting.notAccepted.map(({ post, findings }) => (
                <li key={post.id}>
                  <blockquote>{post.text}</blockquote>
                  <p>{findingMessage(findings[0] as Finding)}</p>
                  {post.permalink && (
                    <a href={post.permalink} target="_blank" rel="noreferrer">
                      {t('vettingOpenPost')}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
