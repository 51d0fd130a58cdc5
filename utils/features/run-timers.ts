/**
 * Frames, timeouts and idle callbacks that end with a run of a feature (its AbortSignal). WXT's
 * `ctx.setTimeout` & co. add an abort listener per call and never remove it: harmless once, but per
 * keystroke the listener list grows without end and each call scans it (profiled on the X fixture: 0.4 s of
 * `addEventListener` per 300 keystrokes, growing). These keep only the pending handles, and cancel them when
 * the signal aborts; callers abort it when the content script's ctx is invalidated. `isLive` is asked before
 * each callback: passing `() => ctx.isValid` lets an extension update or reload be noticed there, as WXT's
 * own timers do, since nothing else tells an orphaned content script.
 */
export function createRunTimers(signal: AbortSignal, isLive: () => boolean) {
  const live = () => !signal.aborted && isLive();
  const frames = new Set<number>();
  const timeouts = new Set<number>();
  const idles = new Set<number>();
  signal.addEventListener(
    'abort',
    () => {
      for (const id of frames) cancelAnimationFrame(id);
      for (const id of timeouts) clearTimeout(id);
      for (const id of idles) cancelIdleCallback(id);
    },
    { once: true },
  );
  return {
    frame(callback: () => void): void {
      const id = requestAnimationFrame(() => {
        frames.delete(id);
        if (live()) callback();
      });
      frames.add(id);
    },
    timeout(callback: () => void, ms: number): number {
      const id = window.setTimeout(() => {
        timeouts.delete(id);
        if (live()) callback();
      }, ms);
      timeouts.add(id);
      return id;
    },
    cancelTimeout(id: number): void {
      clearTimeout(id);
      timeouts.delete(id);
    },
    idle(callback: () => void, timeout: number): void {
      const id = requestIdleCallback(
        () => {
          idles.delete(id);
          if (live()) callback();
        },
        { timeout },
      );
      idles.add(id);
    },
  };
}

export type RunTimers = ReturnType<typeof createRunTimers>;
