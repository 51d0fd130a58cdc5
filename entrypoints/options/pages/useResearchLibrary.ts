import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResearchPost } from '@/utils/db/records';
import type { ResearchChartData } from '@/utils/research/charts';
import { libraryFailureText } from '@/utils/research/library-failure';
import type { LibraryReply, LibraryRequest, LibraryStatus } from '@/utils/research/library-protocol';
import type { ResearchFilters } from '@/utils/research/search';

/** Posts sent with each answer, so the first screen of rows shows without a second round trip. */
const FIRST_ROWS = 40;

export interface LibraryResults {
  /** The worker's number for this answer; rows are asked for by position in it. */
  answer: number;
  /** How many posts match. */
  total: number;
  /** The posts the page has been sent so far for this answer, by position. */
  rows: ReadonlyMap<number, ResearchPost>;
}

type Waiting = { resolve: (reply: LibraryReply) => void; reject: (error: Error) => void };
type ReplyOf<T extends LibraryReply['type']> = Extract<LibraryReply, { type: T }>;

/**
 * The research library, held by a worker (entrypoints/options/research-library.worker.ts). The page keeps
 * only the count of the current results and the posts of the rows it has shown, so fifty thousand saved
 * posts never pass through the main thread at once.
 */
export function useResearchLibrary(filters: ResearchFilters) {
  const worker = useRef<Worker | undefined>(undefined);
  const seq = useRef(0);
  const querySeq = useRef(0);
  const waiting = useRef(new Map<number, Waiting>());
  const [status, setStatus] = useState<LibraryStatus>();
  const [preview, setPreview] = useState<ReplyOf<'preview'>>();
  const [results, setResults] = useState<LibraryResults>();
  /** Why the library could not be loaded or kept up to date, in the UI language. */
  const [error, setError] = useState<string>();

  const send = useCallback((request: LibraryRequest) => worker.current?.postMessage(request), []);

  useEffect(() => {
    const created = new Worker(new URL('../research-library.worker.ts', import.meta.url), {
      type: 'module',
    });
    created.onmessage = (event: MessageEvent<LibraryReply>) => {
      const reply = event.data;
      switch (reply.type) {
        case 'status':
          return setStatus(reply);
        case 'preview':
          return setPreview(reply);
        case 'results':
          // An answer to an older query is dropped; the worker answers the open one again after changes.
          if (reply.seq !== querySeq.current) return;
          setError(undefined);
          return setResults({
            answer: reply.answer,
            total: reply.total,
            rows: new Map(reply.rows.map((post, index) => [index, post])),
          });
        case 'rows':
          return setResults((current) => {
            if (!current || current.answer !== reply.answer) return current;
            const rows = new Map(current.rows);
            for (const [index, post] of reply.rows.entries()) rows.set(reply.from + index, post);
            return { ...current, rows };
          });
        case 'error': {
          // A request's failure goes to its asker, who words it (an export's is not a load's).
          const asker = reply.seq === undefined ? undefined : waiting.current.get(reply.seq);
          if (!asker) return setError(libraryFailureText(reply.failed, reply.detail));
          waiting.current.delete(reply.seq as number);
          return asker.reject(new Error(reply.detail));
        }
        default:
          waiting.current.get(reply.seq)?.resolve(reply);
          waiting.current.delete(reply.seq);
      }
    };
    worker.current = created;
    return () => {
      created.terminate();
      worker.current = undefined;
    };
  }, []);

  useEffect(() => {
    querySeq.current = ++seq.current;
    send({ type: 'query', seq: querySeq.current, filters, rows: FIRST_ROWS });
  }, [filters, send]);

  /** Asks for the posts of rows `from`…`to` (exclusive) of the current answer that the page lacks. */
  const requested = useRef({ answer: -1, asked: new Set<number>() });
  const needRows = useCallback(
    (from: number, to: number) => {
      if (!results) return;
      if (requested.current.answer !== results.answer)
        requested.current = { answer: results.answer, asked: new Set() };
      const { asked } = requested.current;
      let first = from;
      while (first < to && (results.rows.has(first) || asked.has(first))) first++;
      let last = Math.min(to, results.total);
      while (last > first && (results.rows.has(last - 1) || asked.has(last - 1))) last--;
      if (first >= last) return;
      for (let index = first; index < last; index++) asked.add(index);
      send({ type: 'rows', answer: results.answer, from: first, to: last });
    },
    [results, send],
  );

  const ask = useCallback(
    <T extends LibraryReply['type']>(request: LibraryRequest & { seq: number }) =>
      new Promise<ReplyOf<T>>((resolve, reject) => {
        waiting.current.set(request.seq, { resolve: (reply) => resolve(reply as ReplyOf<T>), reject });
        send(request);
      }),
    [send],
  );

  const post = useCallback(
    async (id: string) => (await ask<'post'>({ type: 'post', seq: ++seq.current, id })).post,
    [ask],
  );
  const charts = useCallback(
    async (): Promise<ResearchChartData> =>
      (await ask<'charts'>({ type: 'charts', seq: ++seq.current })).data,
    [ask],
  );
  const exportResults = useCallback(
    async (format: 'csv' | 'json'): Promise<string> =>
      (await ask<'export'>({ type: 'export', seq: ++seq.current, format })).content,
    [ask],
  );

  return { status, preview, results, error, needRows, post, charts, exportResults };
}
