import { isSafePattern, type RedosDetectorTrail } from 'redos-detector';

/** Patterns longer than this are refused outright: nobody types them, and analysing them costs too much. */
const MAX_PATTERN_LENGTH = 500;

/**
 * The first repeat in the detector's trail that the user wrote. The detector searches as the engine does,
 * from every position, by prefixing `[^]*?`; that prefix is never the part to fix.
 */
function culpritOf(trails: readonly RedosDetectorTrail[]): string | undefined {
  for (const { trail } of trails) {
    for (const { a, b } of trail) {
      for (const side of [a, b]) {
        for (const { node } of side.quantifierIterations) {
          if (node.source !== '[^]*?') return node.source;
        }
      }
    }
  }
  return undefined;
}

/**
 * Why a user-supplied regular expression must be refused, or null when it is fine. A guideline's patterns run
 * against every draft after every typing pause inside the page, so one pattern whose matching time explodes on
 * some input (nested or overlapping repetition such as `(a+)+` or `\w+\s*\w+$`) would freeze the composer.
 * redos-detector walks every way the pattern can match the same text and refuses ambiguous ones.
 */
export function explainUnsafePattern(pattern: string): string | null {
  if (pattern.length === 0) return 'is empty, so it would match everywhere';
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return `is ${pattern.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`;
  }
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return `is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`;
  }
  // Without any of these characters a pattern has no repetition or alternation, so it cannot backtrack; most
  // guideline tokens are plain words, and skipping the analysis keeps a large import fast.
  if (!/[\\^$|?*+()[\]{}]/.test(pattern)) return null;
  try {
    // The 'u' mode is how the engine compiles user patterns (utils/checks/patterns.ts).
    // The step limit keeps the verdict the same on a fast or a busy machine; the timeout only stops a runaway.
    const result = isSafePattern(pattern, { unicode: true, timeout: 3000 });
    if (result.safe) return null;
    const culprit = culpritOf(result.trails);
    const where = culprit ? ` (the part \`${culprit}\` can match the same text in more than one way)` : '';
    return result.error === 'timedOut' || result.error === 'hitMaxSteps'
      ? `is too complex to prove safe${where}; simplify it`
      : `can take exponentially or quadratically long on some drafts${where}: bound open repeats (\`\\d{1,6}\` rather than \`\\d+\`) and avoid a repeated group that itself repeats`;
  } catch (error) {
    return `uses syntax the safety check does not support (${error instanceof Error ? error.message : String(error)}); simplify it`;
  }
}
