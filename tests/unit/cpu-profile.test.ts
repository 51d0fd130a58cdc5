import { describe, expect, it } from 'vitest';
import { type CpuProfile, median, tallyCpu } from '../shared/cpu-profile';

// A profile shaped as CDP's Profiler.stop returns it: root → page function → extension function, and an
// idle node; samples every 100 µs, the first delta relative to startTime.
const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/content-scripts/x.js';
const nodes: CpuProfile['nodes'] = [
  { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 4, 5] },
  { id: 2, callFrame: { url: 'https://x.com/__fixture/x/home.js', functionName: 'onClick' }, children: [3] },
  // A page function that calls into OnBrand (an event listener OnBrand added): OnBrand's time.
  { id: 3, callFrame: { url: EXTENSION, functionName: 'textChanged' } },
  { id: 4, callFrame: { url: '', functionName: '(idle)' } },
  { id: 5, callFrame: { url: EXTENSION, functionName: 'placeAll' }, children: [6] },
  // A native function with no URL under OnBrand's frame (getBoundingClientRect): still OnBrand's.
  { id: 6, callFrame: { url: '', functionName: 'getBoundingClientRect' } },
];

const profile = (samples: number[], timeDeltas: number[], endTime: number): CpuProfile => ({
  nodes,
  startTime: 1_000_000,
  endTime,
  samples,
  timeDeltas,
});

describe('tallyCpu', () => {
  it('gives each sample the time until the next one, as DevTools does', () => {
    // Samples at +100 µs … +600 µs, the last runs to endTime (+700 µs).
    const tally = tallyCpu(profile([2, 3, 3, 4, 5, 6], [100, 100, 100, 100, 100, 100], 1_000_700));
    expect(tally.onBrandMs).toBeCloseTo(0.4);
    expect(tally.pageMs).toBeCloseTo(0.1);
    // 3, 3 (0.2 ms), then idle breaks the stretch, then 5, 6 (0.2 ms).
    expect(tally.longestOnBrandMs).toBeCloseTo(0.2);
  });

  it('counts a consecutive run of OnBrand samples as one stretch', () => {
    const tally = tallyCpu(profile([3, 5, 6, 5, 4], [100, 200, 200, 200, 200], 1_001_000));
    expect(tally.longestOnBrandMs).toBeCloseTo(0.8);
    expect(tally.onBrandMs).toBeCloseTo(0.8);
    expect(tally.pageMs).toBe(0);
  });

  it('caps a sample at 1 ms: a long gap is the thread off the CPU, not anyone’s code', () => {
    const tally = tallyCpu(profile([5, 4], [100, 50_000], 1_050_200));
    expect(tally.onBrandMs).toBe(1);
  });

  it('reads an empty profile as no time', () => {
    expect(tallyCpu(profile([], [], 1_000_000))).toEqual({ onBrandMs: 0, longestOnBrandMs: 0, pageMs: 0 });
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
