// The one reader of CDP CPU profiles (Profiler.stop's `profile`), for the start-up bench and the e2e logs.

/** The parts of a CDP Profiler.Profile read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName?: string }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  /** Microseconds between adjacent samples; the first is relative to `startTime` (CDP Profiler.Profile). */
  timeDeltas?: number[];
}

export interface CpuTally {
  /** Time with any frame of an extension script (chrome-extension://) on the stack. */
  onBrandMs: number;
  /** OnBrand's longest run of consecutive samples: what could make a long task on its own. */
  longestOnBrandMs: number;
  /** Time in the page's own scripts (an https:// frame on the stack, no extension frame). */
  pageMs: number;
}

/**
 * Samples come at the interval asked for (0.1–0.5 ms here); a much longer gap means the OS had the thread off
 * the CPU (the machine is shared), which is no one's code, so one sample stands for at most 1 ms.
 */
const MAX_SAMPLE_MS = 1;

/**
 * Where the main thread's time went. As in DevTools' CPU profile model, a sample stands for the time until the
 * next one (sample i at startTime + timeDeltas[0..i]; the last sample runs to endTime).
 */
export function tallyCpu(profile: CpuProfile): CpuTally {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const urlOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame.url]));
  const memo = new Map<number, 'ours' | 'page' | 'none'>();
  const owner = (id: number): 'ours' | 'page' | 'none' => {
    const known = memo.get(id);
    if (known) return known;
    const url = urlOf.get(id) ?? '';
    const up = parent.get(id);
    const above = up === undefined ? 'none' : owner(up);
    const result =
      url.startsWith('chrome-extension://') || above === 'ours'
        ? 'ours'
        : url.startsWith('https://') || above === 'page'
          ? 'page'
          : 'none';
    memo.set(id, result);
    return result;
  };

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: number[] = [];
  let at = profile.startTime;
  for (const delta of deltas) {
    at += delta;
    times.push(at);
  }
  const tally: CpuTally = { onBrandMs: 0, longestOnBrandMs: 0, pageMs: 0 };
  let stretch = 0;
  samples.forEach((id, index) => {
    const next = times[index + 1] ?? profile.endTime;
    const ms = Math.min(MAX_SAMPLE_MS, Math.max(0, next - (times[index] ?? next)) / 1000);
    const who = owner(id);
    if (who === 'ours') {
      tally.onBrandMs += ms;
      stretch += ms;
      tally.longestOnBrandMs = Math.max(tally.longestOnBrandMs, stretch);
      return;
    }
    stretch = 0;
    if (who === 'page') tally.pageMs += ms;
  });
  return tally;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (index: number) => sorted[index] ?? Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}
