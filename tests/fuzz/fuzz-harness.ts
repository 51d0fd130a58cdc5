import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { PureOutcome, PureRequest } from './pure-targets.worker';

/** No single input may take longer than this, in any target. */
export const PER_INPUT_LIMIT_MS = 2_000;

/** A refusal the user can read: a sentence, not an object dump or a stack. */
export function isReadable(message: unknown): boolean {
  return (
    typeof message === 'string' &&
    message.trim().length > 0 &&
    message.length <= 20_000 &&
    !message.includes('[object ') &&
    !/\n\s+at /.test(message)
  );
}

/** Figures printed at the end of the suite, one line per target. */
export const figures: Record<string, { inputs: number; accepted: number; refused: number; maxMs: number }> =
  {};
export function record(target: string, kind: 'accepted' | 'refused', ms: number): void {
  figures[target] ??= { inputs: 0, accepted: 0, refused: 0, maxMs: 0 };
  const line = figures[target];
  line.inputs++;
  line[kind]++;
  line.maxMs = Math.max(line.maxMs, ms);
}

export function printFigures(): void {
  const rows = Object.entries(figures).map(
    ([target, f]) =>
      `${target.padEnd(10)} ${String(f.inputs).padStart(5)} inputs  ${String(f.accepted).padStart(5)} accepted  ${String(f.refused).padStart(5)} refused  max ${f.maxMs.toFixed(1)} ms`,
  );
  const total = Object.values(figures).reduce((sum, f) => sum + f.inputs, 0);
  console.log(`Fuzz suite (seeded)\n${rows.join('\n')}\ntotal      ${total} inputs`);
}

/** A worker with the pure importers; a hanging input gets it terminated and a fresh one started. */
export class IsolatedImporters {
  private worker: Worker | undefined;
  private constructor(private readonly file: string) {}

  static async start(): Promise<IsolatedImporters> {
    const root = resolve(import.meta.dirname, '../..');
    const out = join(mkdtempSync(join(tmpdir(), 'onbrand-fuzz-')), 'pure-targets.cjs');
    const bundled = await build({
      entryPoints: [join(root, 'tests/fuzz/pure-targets.worker.ts')],
      bundle: true,
      platform: 'node',
      // CommonJS, so the bundled libraries' own require('crypto') and the like keep working.
      format: 'cjs',
      write: false,
      // No browser in a worker thread: the importers' messages come from the catalogues (worker-browser.ts).
      alias: { '@': root, 'wxt/browser': join(root, 'tests/fuzz/worker-browser.ts') },
      logLevel: 'silent',
    });
    writeFileSync(out, bundled.outputFiles[0]?.text ?? '');
    return new IsolatedImporters(out);
  }

  /** The outcome, or `hang` when the input ran past the limit (the worker is then replaced). */
  run(
    request: PureRequest,
    limitMs = PER_INPUT_LIMIT_MS,
  ): Promise<PureOutcome | { kind: 'hang'; ms: number }> {
    this.worker ??= new Worker(this.file);
    const worker = this.worker;
    return new Promise((done) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        void worker.terminate();
        this.worker = undefined;
        done({ kind: 'hang', ms: limitMs });
      }, limitMs + 500);
      worker.once('message', (outcome: PureOutcome) => {
        clearTimeout(timer);
        worker.removeAllListeners('error');
        done(outcome);
      });
      // The worker itself failed (it could not load): every input would fail the same way, so say it once.
      worker.once('error', (error: Error) => {
        clearTimeout(timer);
        worker.removeAllListeners('message');
        this.worker = undefined;
        done({ kind: 'crash', messages: [`the importers' worker failed: ${error.message}`], ms: 0 });
      });
      worker.postMessage(request);
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
  }
}
