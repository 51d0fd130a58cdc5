import type { Finding } from '@/utils/checks';

/** A guideline rule's finding with what a test needs set and plain values for the rest. */
export const aFinding = (overrides: Partial<Finding>): Finding => ({
  ruleId: 'rule',
  category: 'voice',
  severity: 'warning',
  start: 0,
  end: 0,
  message: 'message',
  ...overrides,
});
