import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { getDatabase } from '@/utils/db/database';
import type { ResearchPlatform, ResearchPost } from '@/utils/db/records';
import { researchRepository } from '@/utils/db/research';
import { saveFailureText } from '@/utils/db/save-failure';
import { formatNumber, t } from '@/utils/i18n';
import { errorDetail } from '@/utils/refusal';
import type { ResearchChartData } from '@/utils/research/charts';
import { libraryFailureText } from '@/utils/research/library-failure';
import type { ResearchFilters, ResearchSort } from '@/utils/research/search';
import { CadenceHeatmap, EngagementScatter, FormatBars, HashtagBars } from './ResearchCharts';
import { ResearchDetail } from './ResearchDetail';
import { platformLabel, ResearchList } from './ResearchList';
import { useResearchLibrary } from './useResearchLibrary';
import './research.css';
import { TeamRecordConflicts } from './TeamRecordConflicts';

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

export function ResearchPage() {
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
  const [selected, setSelected] = useState<ResearchPost>();
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
  // The worker answers again whenever the library changes (saves in other tabs included).
  const library = useResearchLibrary(filters);
  const { status, results } = library;
  const options = status?.facets ?? { platforms: [], authors: [], tags: [], collections: [] };
  const matches = results?.total ?? 0;
  // Until the whole library is loaded, the last saved posts are listed.
  const listed = useMemo((): { total: number; rows: ReadonlyMap<number, ResearchPost> } => {
    if (results) return results;
    const rows = library.preview?.rows ?? [];
    return { total: rows.length, rows: new Map(rows.map((post, index) => [index, post])) };
  }, [results, library.preview]);

  // The open post follows the library: a new metrics snapshot shows, a post deleted elsewhere closes.
  const { post: currentPost, charts: askCharts } = library;
  const selectedId = selected?.id;
  useEffect(() => {
    if (!selectedId || !results) return;
    let current = true;
    currentPost(selectedId).then(
      (post) => current && setSelected(post ?? undefined),
      (failure: unknown) => current && setError(libraryFailureText('request', errorDetail(failure))),
    );
    return () => {
      current = false;
    };
  }, [selectedId, results, currentPost]);

  const [charts, setCharts] = useState<ResearchChartData>();
  const answer = results?.answer;
  useEffect(() => {
    if (view !== 'charts' || answer === undefined) return;
    let current = true;
    askCharts().then(
      (data) => current && setCharts(data),
      (failure: unknown) => current && setError(libraryFailureText('request', errorDetail(failure))),
    );
    return () => {
      current = false;
    };
  }, [view, answer, askCharts]);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(undefined), 15_000);
    return () => clearTimeout(timer);
  }, [deleted]);

  /** Runs `work`; a failure is shown as `worded` says it (a save's, unless said otherwise). */
  const act = async (
    work: () => Promise<unknown>,
    worded: (failure: unknown) => string = saveFailureText,
  ) => {
    try {
      await work();
      setError(undefined);
    } catch (failure) {
      setError(worded(failure));
    }
  };
  const remove = (post: ResearchPost) =>
    act(async () => {
      await research.delete(post.id);
      setSelected(undefined);
      setDeleted(post);
    });
  const undo = () =>
    act(async () => {
      if (deleted) await research.put(deleted);
      setDeleted(undefined);
    });
  const stamp = new Date().toISOString().slice(0, 10);
  const exportAs = (format: 'csv' | 'json') =>
    act(
      async () => {
        const content = await library.exportResults(format);
        if (format === 'csv') download(`onbrand-research-${stamp}.csv`, 'text/csv', content);
        else download(`onbrand-research-${stamp}.json`, 'application/json', content);
      },
      (failure) => t('researchExportFailed', errorDetail(failure)),
    );

  return (
    <section className="research">
      <h1>{t('researchTitle')}</h1>
      <p className="muted">{t('researchIntro')}</p>
      <TeamRecordConflicts type="researchPost" />
      <div className="research-filters">
        <input
          type="search"
          aria-label={t('researchSearch')}
          placeholder={t('researchSearchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select
          aria-label={t('researchPlatform')}
          value={platform}
          onChange={(e) => setPlatform(e.target.value as ResearchPlatform | '')}
        >
          <option value="">{t('researchAllPlatforms')}</option>
          {options.platforms.map((p) => (
            <option key={p} value={p}>
              {platformLabel(p)}
            </option>
          ))}
        </select>
        <select aria-label={t('researchAuthor')} value={author} onChange={(e) => setAuthor(e.target.value)}>
          <option value="">{t('researchAllAuthors')}</option>
          {options.authors.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
        <select aria-label={t('researchTag')} value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">{t('researchAllTags')}</option>
          {options.tags.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
        <select
          aria-label={t('researchCollection')}
          value={collection}
          onChange={(e) => setCollection(e.target.value)}
        >
          <option value="">{t('researchAllCollections')}</option>
          {options.collections.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <label>
          {t('researchFrom')} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('researchTo')} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <select
          aria-label={t('researchDisclosure')}
          value={disclosure}
          onChange={(e) => setDisclosure(e.target.value as ResearchFilters['disclosure'])}
          title={t('researchDisclosureHint')}
        >
          <option value="any">{t('researchAnyDisclosure')}</option>
          <option value="disclosed">{t('researchDisclosed')}</option>
          <option value="undisclosed-sponsored">{t('researchUndisclosed')}</option>
        </select>
        <select
          aria-label={t('researchSort')}
          value={sort}
          onChange={(e) => setSort(e.target.value as ResearchSort)}
        >
          <option value="newest">{t(query.trim() ? 'researchNewestSearching' : 'researchNewest')}</option>
          <option value="oldest">{t('researchOldest')}</option>
          <option value="engagement">{t('researchEngagement')}</option>
        </select>
      </div>
      <div className="research-bar">
        <span role="status">
          {status?.loaded && results
            ? t('researchMatches', formatNumber(matches), formatNumber(status.size))
            : library.preview
              ? t('researchLoadingPreview', formatNumber(library.preview.size))
              : t('researchLoading')}
          {status?.loaded && status.indexing && ` ${t('researchIndexing')}`}
        </span>
        <span className="spacer" />
        <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
          {t('researchList')}
        </button>
        <button type="button" aria-pressed={view === 'charts'} onClick={() => setView('charts')}>
          {t('researchCharts')}
        </button>
        <button type="button" disabled={matches === 0} onClick={() => void exportAs('csv')}>
          {t('researchExportCsv')}
        </button>
        <button type="button" disabled={matches === 0} onClick={() => void exportAs('json')}>
          {t('researchExportJson')}
        </button>
      </div>
      {deleted && (
        <div className="research-undo" role="alert">
          {t('researchDeleted', deleted.author.name ?? deleted.author.handle ?? t('researchUnknownAuthor'))}
          <button type="button" onClick={undo}>
            {t('researchUndo')}
          </button>
        </div>
      )}
      {(error ?? library.error) && <p className="error">{error ?? library.error}</p>}
      {status?.loaded && status.size === 0 ? (
        <p className="notice">{t('researchNothingSaved')}</p>
      ) : view === 'list' ? (
        <div className="research-body">
          <ResearchList
            total={listed.total}
            rows={listed.rows}
            needRows={library.needRows}
            selectedId={selected?.id}
            onSelect={setSelected}
          />
          {selected && (
            <ResearchDetail
              key={selected.id}
              post={selected}
              onChange={(post) => void act(() => research.annotate(post.id, post))}
              onDelete={(post) => void remove(post)}
              onClose={() => setSelected(undefined)}
            />
          )}
        </div>
      ) : (
        <div className="research-charts">
          {charts ? (
            <>
              <CadenceHeatmap authors={charts.authors} />
              <EngagementScatter points={charts.points} />
              <FormatBars formats={charts.formats} />
              <HashtagBars hashtags={charts.hashtags} />
            </>
          ) : (
            <p className="muted">{t('researchDrawing')}</p>
          )}
        </div>
      )}
    </section>
  );
}
