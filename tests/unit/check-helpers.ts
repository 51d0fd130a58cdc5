import { type CheckOptions, checkDraft, type Finding, GuidelinesSchema, type Rule } from '@/utils/checks';

/** Findings as `start-end ruleId`, the way the table-driven tests print them. */
export function spans(text: string, options: CheckOptions, keep: (finding: Finding) => boolean = () => true) {
  return checkDraft(text, options)
    .filter(keep)
    .map((finding) => `${finding.start}-${finding.end} ${finding.ruleId}`);
}

/** Guidelines holding just these rules (validated, so the tests also prove the rules are valid). */
export function guidelinesOf(...rules: Record<string, unknown>[]) {
  return GuidelinesSchema.parse({
    rules: rules.map((rule, index) => ({ id: `r${index}`, message: '%s', severity: 'warning', ...rule })),
  });
}

export function onlyCategory(category: Finding['category']) {
  return (finding: Finding) => finding.category === category;
}

export type { Rule };
