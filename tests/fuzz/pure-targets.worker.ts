import { parentPort } from 'node:worker_threads';
import { parsePack } from '@/utils/brands/guidelines-pack';
import { importValeStyle, type ValeFile } from '@/utils/brands/vale-import';
import { ICalendarImportError, parseICalendar } from '@/utils/calendar/ical-import';
import { installBrowser } from './worker-browser';

/**
 * The pure importers, run in a worker thread so that an input that never returns (a synchronous loop) is
 * stopped from outside and reported as a hang instead of freezing the test run. Bundled by esbuild at test
 * time (fuzz-harness.ts), since a worker thread gets no Vite transform.
 */

// Before any importer runs: their refusals are read from the catalogues through the global `browser`.
installBrowser();

export type PureTarget = 'pack' | 'vale' | 'ical';
export interface PureRequest {
  target: PureTarget;
  input: unknown;
}
export interface PureOutcome {
  /** `accepted`: imported; `refused`: a typed refusal with sentences; `crash`: anything else thrown. */
  kind: 'accepted' | 'refused' | 'crash';
  /** The refusal's sentences, or the crash. */
  messages: string[];
  ms: number;
}

/** Bad inputs end the iCalendar import on 1 January 2027 in Berlin, whatever the day the suite runs. */
const NOW = Date.parse('2027-01-01T00:00:00Z');

function run({ target, input }: PureRequest): Omit<PureOutcome, 'ms'> {
  if (target === 'pack') {
    const result = parsePack(input as string);
    return result.ok ? { kind: 'accepted', messages: [] } : { kind: 'refused', messages: result.errors };
  }
  if (target === 'vale') {
    const result = importValeStyle(input as ValeFile[]);
    const reasons = result.skipped.map((skip) => skip.reason);
    return result.rules.length > 0 || reasons.length === 0
      ? { kind: 'accepted', messages: reasons }
      : { kind: 'refused', messages: reasons };
  }
  try {
    parseICalendar(input as string, 'Europe/Berlin', NOW);
    return { kind: 'accepted', messages: [] };
  } catch (error) {
    if (error instanceof ICalendarImportError) return { kind: 'refused', messages: [error.message] };
    throw error;
  }
}

parentPort?.on('message', (request: PureRequest) => {
  const started = performance.now();
  let outcome: Omit<PureOutcome, 'ms'>;
  try {
    outcome = run(request);
  } catch (error) {
    outcome = {
      kind: 'crash',
      messages: [error instanceof Error ? `${error.name}: ${error.message}` : String(error)],
    };
  }
  parentPort?.postMessage({ ...outcome, ms: performance.now() - started } satisfies PureOutcome);
});
