import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { type ReportedCheckFailure, ReportedCheckFailureSchema } from '@/utils/message-schemas';
import type { Handlers } from '../router';

/**
 * Where the failures the sites' pages report are added up: storage.local, so Settings still lists them after
 * the service worker or the browser restarted, until the user clears them.
 */
export const CHECK_FAILURES_KEY = 'checkFailures';
/** Distinct failing rules kept; past it the least frequent give way (a broken pack could name thousands). */
const MAX_FAILING_RULES = 200;

const StoredFailuresSchema = z.array(ReportedCheckFailureSchema);

async function storedFailures(): Promise<ReportedCheckFailure[]> {
  const raw = (await browser.storage.local.get(CHECK_FAILURES_KEY))[CHECK_FAILURES_KEY];
  const parsed = StoredFailuresSchema.safeParse(raw ?? []);
  return parsed.success ? parsed.data : [];
}

/** Reports arrive from several tabs at once: each read-add-write waits for the one before it. */
let writing: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = writing.then(task, task);
  writing = run.catch(() => undefined);
  return run;
}

export function checksHandlers(): Pick<
  Handlers,
  'checks.reportFailures' | 'checks.failures' | 'checks.clearFailures'
> {
  return {
    'checks.reportFailures': ({ failures }, _sender, { site }) =>
      serially(async () => {
        const known = await storedFailures();
        for (const failure of failures) {
          const same = known.find((k) => k.origin === failure.origin && k.ruleId === failure.ruleId);
          if (same) {
            same.count += failure.count;
            if (site && !same.sites.includes(site.id)) same.sites.push(site.id);
          } else known.push({ ...failure, sites: site ? [site.id] : [] });
        }
        known.sort((a, b) => b.count - a.count);
        await browser.storage.local.set({ [CHECK_FAILURES_KEY]: known.slice(0, MAX_FAILING_RULES) });
        return {};
      }),
    'checks.failures': async () => ({ failures: await storedFailures() }),
    'checks.clearFailures': () =>
      serially(async () => {
        await browser.storage.local.remove(CHECK_FAILURES_KEY);
        return {};
      }),
  };
}
