import Dexie from 'dexie';
import { getDatabase } from '@/utils/db/database';
import type { ResearchPost } from '@/utils/db/records';
import { errorDetail } from '@/utils/refusal';
import { researchChangeOf } from '@/utils/research/changes';
import { researchChartData } from '@/utils/research/charts';
import { researchToCsv, researchToJson } from '@/utils/research/export';
import { ResearchLibrary } from '@/utils/research/library';
import {
  type LibraryFailure,
  type LibraryReply,
  type LibraryRequest,
  LibraryRequestSchema,
} from '@/utils/research/library-protocol';

/*
 * The research dashboard's library, in a worker: reading and validating tens of thousands of saved posts,
 * indexing them and searching them never blocks the page. The page sends filters and gets ids back, plus the
 * posts of the rows it shows.
 */
const db = getDatabase();
const library = new ResearchLibrary(db);
let loaded = false;
let lastQuery: Extract<LibraryRequest, { type: 'query' }> | undefined;
let lastResults: readonly ResearchPost[] = [];
/** Numbers each answer, so rows asked for by position always come from the answer the page is showing. */
let answerNumber = 0;
let answerScheduled = false;

const reply = (message: LibraryReply) => postMessage(message);

function sendStatus() {
  reply({
    type: 'status',
    loaded,
    size: library.search.size,
    indexing: !library.search.ready,
    facets: library.facets(),
  });
}

function answer(query: Extract<LibraryRequest, { type: 'query' }>) {
  const started = performance.now();
  lastResults = library.search.search(query.filters);
  const searchMs = performance.now() - started;
  reply({
    type: 'results',
    seq: query.seq,
    answer: ++answerNumber,
    total: lastResults.length,
    rows: lastResults.slice(0, query.rows),
    searchMs,
  });
}

/** After a load or a change: say so, answer the open query again, and again once the index caught up. */
function refreshed(indexed: Promise<void>) {
  sendStatus();
  if (lastQuery) answer(lastQuery);
  void indexed.then(() => {
    if (!library.search.ready) return;
    sendStatus();
    if (lastQuery) answer(lastQuery);
    void library.search.warmDisclosures();
  });
}

const fail = (failed: LibraryFailure, error: unknown, seq?: number) =>
  reply({ type: 'error', seq, failed, detail: errorDetail(error) });

// Reading and validating every row takes seconds at tens of thousands; the newest show meanwhile.
void library.preview(40).then(
  (preview) => loaded || reply({ type: 'preview', ...preview }),
  (error) => fail('load', error),
);

// Loads and changes run one after another, so a change never lands before the load it changes.
let work = library.load().then(
  ({ indexed }) => {
    loaded = true;
    refreshed(indexed);
  },
  (error) => fail('load', error),
);

// Every committed write to the database, from the background's saves or any dashboard tab, arrives here.
Dexie.on('storagemutated', (parts) => {
  const change = researchChangeOf(parts, db.name);
  if (change.kind === 'none') return;
  // A change that fails is reported at once and the next one still runs (as `.then`'s second argument, the
  // handler caught the step before only: this one's failure went unreported and skipped the next change).
  work = work
    .then(async () => {
      const outcome = await library.apply(change);
      if (outcome) refreshed(outcome.indexed);
    })
    .catch((error: unknown) => fail('update', error));
});

addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = LibraryRequestSchema.safeParse(event.data);
  if (!parsed.success)
    return fail('request', new Error(`A malformed library request: ${parsed.error.message}`));
  const request = parsed.data;
  try {
    switch (request.type) {
      case 'query':
        lastQuery = request;
        // Before the load completes, the query is answered by `refreshed`. After it, one task later: the
        // keystrokes already queued behind this one arrive first, and only the newest query is searched.
        if (loaded && !answerScheduled) {
          answerScheduled = true;
          setTimeout(() => {
            answerScheduled = false;
            if (lastQuery) answer(lastQuery);
          });
        }
        return;
      case 'rows':
        // Rows of an answer since replaced: the page drops that answer's rows anyway.
        if (request.answer !== answerNumber) return;
        return reply({
          type: 'rows',
          answer: request.answer,
          from: request.from,
          rows: lastResults.slice(request.from, Math.min(request.to, request.from + 500)),
        });
      case 'post':
        return reply({ type: 'post', seq: request.seq, post: library.search.get(request.id) ?? null });
      case 'charts':
        return reply({ type: 'charts', seq: request.seq, data: researchChartData(lastResults) });
      case 'export':
        return reply({
          type: 'export',
          seq: request.seq,
          format: request.format,
          content: request.format === 'csv' ? researchToCsv(lastResults) : researchToJson(lastResults),
        });
    }
  } catch (error) {
    fail('request', error, 'seq' in request ? request.seq : undefined);
  }
});
