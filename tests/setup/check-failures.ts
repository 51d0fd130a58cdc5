import { afterEach, expect } from 'vitest';
import { checkFailures, clearCheckFailures } from '@/utils/checks';

// checkDraft keeps a throwing check from breaking the page and counts it instead; in tests every such failure
// is a bug, so a test that caused one fails. A test that provokes a failure on purpose reads and clears them.
afterEach(() => {
  const failures = checkFailures();
  clearCheckFailures();
  expect(failures, 'checks that threw during this test').toEqual([]);
});
