import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { getDatabase } from '@/utils/db/database';
import { RESEARCH_PLATFORMS, type ResearchPlatform, type ResearchPost } from '@/utils/db/records';
import { researchRepository } from '@/utils/db/research';
import { researchToCsv, researchToJson } from '@/utils/research/export';
import { authorKey, type ResearchFilters, ResearchSearch, type ResearchSort } from '@/utils/research/search';
import { CadenceHeatmap, EngagementScatter, FormatBars, HashtagBars } from './ResearchCharts';
import { ResearchDetail } from './ResearchDetail';
import { platformName, ResearchList } from './ResearchList';
import './research.css';

const db = getDatabase();
const research = researchRepository(db);

const dayStart = (value: string) => (value ? new Date(`${value}T00:00:00`).getTime() : undefined);
const dayEnd = (value: string) => (value ? new Date(`${value}T23:59:59.999`).getTime() : undefined);

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

export function ResearchPage() {
  const rows = useLiveQuery(() => db.researchPosts.toArray());
  const posts = useMemo(() => (rows ? research.parseMany(rows) : undefined), [rows]);
  const index = useRef(new ResearchSearch());
  // Bumped when the full-text index has caught up; until then searches scan the text.
  const [indexVersion, setIndexVersion] = useState(0);
  const synced = useMemo(() => {
    if (!posts) return undefined;
    void index.current.sync(posts).then(() => setIndexVersion((version) => version + 1));
    return posts;
  }, [posts]);

  const [query, setQuery] = useState('');
  const [platform, setPlatform] = useState<ResearchPlatform | ''>('');
  const [author, setAuthor] = useState('');
  const [tag, setTag] = useState('');
  const [collection, setCollection] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [disclosure, setDisclosure] = useState<ResearchFilters['disclosure']>('any');
  const [sort, setSort] = useState<ResearchSort>('newest');
  const [view, setView] = useState<'list' | 'charts'>('list');
  const [selectedId, setSelectedId] = useState<string>();
  const [deleted, setDeleted] = useState<ResearchPost>();
  const [error, setError] = useState<string>();
  const deferredQuery = useDeferredValue(query);

  const filters: ResearchFilters = useMemo(
    () => ({
      query: deferredQuery,
      ...(platform ? { platform } : {}),
      ...(author ? { author } : {}),
      ...(tag ? { tag } : {}),
      ...(collection ? { collection } : {}),
      ...(dayStart(from) !== undefined ? { from: dayStart(from) } : {}),
      ...(dayEnd(to) !== undefined ? { to: dayEnd(to) } : {}),
      disclosure,
      sort: deferredQuery.trim() && sort === 'newest' ? 'relevance' : sort,
    }),
    [deferredQuery, platform, author, tag, collection, from, to, disclosure, sort],
  );
  // `synced` changes whenever the index does, so results follow saves made in other tabs.
  // biome-ignore lint/correctness/useExhaustiveDependencies: indexVersion marks the index catching up
  const results = useMemo(
    () => (synced ? index.current.search(filters) : []),
    [synced, filters, indexVersion],
  );
  const options = useMemo(
    () => ({
      platforms: RESEARCH_PLATFORMS.filter((p) => posts?.some((post) => post.platform === p)),
      authors: distinct((posts ?? []).map(authorKey).filter(Boolean)),
      tags: distinct((posts ?? []).flatMap((post) => post.tags)),
      collections: distinct((posts ?? []).flatMap((post) => post.collections)),
    }),
    [posts],
  );
  const selected = posts?.find((post) => post.id === selectedId);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(undefined), 15_000);
    return () => clearTimeout(timer);
  }, [deleted]);

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setError(undefined);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const remove = (post: ResearchPost) =>
    act(async () => {
      await research.delete(post.id);
      setSelectedId(undefined);
      setDeleted(post);
    });
  const undo = () =>
    act(async () => {
      if (deleted) await research.put(deleted);
      setDeleted(undefined);
    });
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <section className="research">
      <h1>Research</h1>
      <p className="muted">
        Posts you saved from feeds with the “Save to OnBrand” button, or from any page with the right-click
        menu.
      </p>
      <div className="research-filters">
        <input
          type="search"
          aria-label="Search saved posts"
          placeholder="Search text, authors, hashtags, tags, notes"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select
          aria-label="Platform"
          value={platform}
          onChange={(e) => setPlatform(e.target.value as ResearchPlatform | '')}
        >
          <option value="">All platforms</option>
          {options.platforms.map((p) => (
            <option key={p} value={p}>
              {platformName(p)}
            </option>
          ))}
        </select>
        <select aria-label="Author" value={author} onChange={(e) => setAuthor(e.target.value)}>
          <option value="">All authors</option>
          {options.authors.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
        <select aria-label="Tag" value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">All tags</option>
          {options.tags.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <select aria-label="Collection" value={collection} onChange={(e) => setCollection(e.target.value)}>
          <option value="">All collections</option>
          {options.collections.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <label>
          From <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          To <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <select
          aria-label="Disclosure"
          value={disclosure}
          onChange={(e) => setDisclosure(e.target.value as ResearchFilters['disclosure'])}
          title="A simple label detector for now; the check engine's disclosure rule will replace it."
        >
          <option value="any">Any disclosure</option>
          <option value="disclosed">Has a disclosure</option>
          <option value="undisclosed-sponsored">Looks sponsored, undisclosed</option>
        </select>
        <select aria-label="Sort" value={sort} onChange={(e) => setSort(e.target.value as ResearchSort)}>
          <option value="newest">Newest first{query.trim() ? ' (best match when searching)' : ''}</option>
          <option value="oldest">Oldest first</option>
          <option value="engagement">Most engagement</option>
        </select>
      </div>
      <div className="research-bar">
        <span role="status">
          {posts === undefined
            ? 'Loading…'
            : `${results.length.toLocaleString()} of ${posts.length.toLocaleString()} saved posts`}
          {posts && !index.current.ready && ' (indexing for search…)'}
        </span>
        <span className="spacer" />
        <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
          List
        </button>
        <button type="button" aria-pressed={view === 'charts'} onClick={() => setView('charts')}>
          Charts
        </button>
        <button
          type="button"
          disabled={results.length === 0}
          onClick={() => download(`onbrand-research-${stamp}.csv`, 'text/csv', researchToCsv(results))}
        >
          Export CSV
        </button>
        <button
          type="button"
          disabled={results.length === 0}
          onClick={() =>
            download(`onbrand-research-${stamp}.json`, 'application/json', researchToJson(results))
          }
        >
          Export JSON
        </button>
      </div>
      {deleted && (
        <div className="research-undo" role="alert">
          Deleted the post by {deleted.author.name ?? deleted.author.handle ?? 'an unknown author'}.
          <button type="button" onClick={undo}>
            Undo
          </button>
        </div>
      )}
      {error && <p className="error">{error}</p>}
      {posts?.length === 0 && (
        <p className="notice">
          Nothing saved yet. On a feed, click “Save to OnBrand” under a post, or right-click a page, link or
          selection and choose “Save to OnBrand research”.
        </p>
      )}
      {view === 'list' ? (
        <div className="research-body">
          <ResearchList posts={results} selectedId={selectedId} onSelect={(post) => setSelectedId(post.id)} />
          {selected && (
            <ResearchDetail
              key={selected.id}
              post={selected}
              onChange={(post) => void act(() => research.put(post))}
              onDelete={(post) => void remove(post)}
              onClose={() => setSelectedId(undefined)}
            />
          )}
        </div>
      ) : (
        <div className="research-charts">
          <CadenceHeatmap posts={results} />
          <EngagementScatter posts={results} />
          <FormatBars posts={results} />
          <HashtagBars posts={results} />
        </div>
      )}
    </section>
  );
}
