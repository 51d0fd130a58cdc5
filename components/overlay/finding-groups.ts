import { type Category, type Finding, isBuiltInFinding, type Severity } from '@/utils/checks/types';
import { type MessageKey, quoted, t } from '@/utils/i18n';

export type GroupId = 'compliance' | 'platform' | 'voice' | 'copyright';

/** The panel's sections, in the order they are shown: legal risk first. */
const GROUPS: readonly { id: GroupId; title: MessageKey }[] = [
  { id: 'compliance', title: 'groupCompliance' },
  { id: 'platform', title: 'groupPlatform' },
  { id: 'voice', title: 'groupVoice' },
  { id: 'copyright', title: 'groupCopyright' },
];

const GROUP_OF: Record<Category, GroupId> = {
  disclosure: 'compliance',
  // Health, money and "best"-type claims are advertising law, like disclosure.
  claims: 'compliance',
  // Personal data in a public post is a data-protection incident: legal risk, like disclosure.
  privacy: 'compliance',
  platform: 'platform',
  voice: 'voice',
  copyright: 'copyright',
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings about the draft as a whole rather than particular words. The length finding flags "everything past
 * the limit", a span that moves with every keystroke, so its identity is the rule alone.
 */
const WHOLE_DRAFT_RULES = new Set(['platform-length']);

export interface FindingGroup {
  id: GroupId;
  title: string;
  findings: Finding[];
}

/** A fix the user can apply: `replacement` goes over the finding's span. */
export interface FindingAction {
  label: string;
  replacement: string;
}

/**
 * The findings the user has not dismissed, in the panel's sections (empty sections left out), each section
 * worst first, then in draft order.
 */
export function groupFindings(
  findings: readonly Finding[],
  text: string,
  dismissed: ReadonlySet<string>,
): FindingGroup[] {
  const visible = visibleFindings(findings, text, dismissed);
  return GROUPS.map(({ id, title }) => ({
    id,
    title: t(title),
    findings: visible
      .filter((finding) => GROUP_OF[finding.category] === id)
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start),
  })).filter((group) => group.findings.length > 0);
}

export function visibleFindings(
  findings: readonly Finding[],
  text: string,
  dismissed: ReadonlySet<string>,
): Finding[] {
  return findings.filter((finding) => !dismissed.has(findingKey(finding, text)));
}

/**
 * What "this finding" means across edits of one draft, so a dismissal survives typing elsewhere: the rule and
 * the words it flags (their offsets shift as the user types).
 */
/** Whether the user dismissed the over-limit error for this draft (its key is the rule's, whatever the text). */
export function lengthDismissed(dismissed: ReadonlySet<string>): boolean {
  return dismissed.has('platform:platform-length');
}

export function findingKey(finding: Finding, text: string): string {
  // A guideline rule may share its id with a built-in check; its category (voice) keeps the two apart.
  const rule = `${finding.category}:${finding.ruleId}`;
  const wholeDraft = [...WHOLE_DRAFT_RULES].some((id) => isBuiltInFinding(finding, id));
  if (wholeDraft || finding.start === finding.end) return rule;
  return `${rule}\u0000${text.slice(finding.start, finding.end)}`;
}

/**
 * The fixes offered for a finding: the engine's suggestions, and for the length finding "trim to the limit"
 * (cut from the last word or sentence end that fits), which is always a correct fix even if rarely the best one; Undo brings it back.
 */
export function actionsFor(finding: Finding, text: string): FindingAction[] {
  const original = text.slice(finding.start, finding.end);
  const actions = (finding.suggestions ?? []).map((replacement) => ({
    label: fixLabel(original, replacement, finding.start, text.length),
    replacement,
  }));
  if (isBuiltInFinding(finding, 'platform-length') && actions.length === 0 && finding.end > finding.start) {
    // The engine's span starts where a word or sentence ends, so the label shows how the trimmed post ends.
    const kept = text.slice(0, finding.start);
    actions.push({ label: t('fixTrim', quoted(tail(kept, 32))), replacement: '' });
  }
  return actions;
}

/**
 * What a fix does, in the words a manager would use before publishing it: an insertion says what it adds and
 * where ("Add “#ad” at the start"), not that it replaces nothing with something.
 */
function fixLabel(original: string, replacement: string, start: number, length: number): string {
  const words = (text: string) => quoted(shorten(text.trim(), 40));
  if (replacement === '') return t('fixDelete');
  if (original === '') {
    const where = start === 0 ? 'fixAddAtStart' : start === length ? 'fixAddAtEnd' : 'fixAdd';
    return t(where, words(replacement));
  }
  if (replacement.endsWith(original)) {
    return t('fixAddBefore', words(replacement.slice(0, -original.length)), words(original));
  }
  if (replacement.startsWith(original)) {
    return t('fixAddAfter', words(replacement.slice(original.length)), words(original));
  }
  return t('fixReplace', words(replacement));
}

/** A fix in its context: the words before it, what goes and what comes, the words after it. */
export interface FixPreview {
  before: string;
  removed: string;
  added: string;
  after: string;
}

const CONTEXT = 24;

export function previewOf(finding: Finding, action: FindingAction, text: string): FixPreview {
  const from = Math.max(0, finding.start - CONTEXT);
  const to = Math.min(text.length, finding.end + CONTEXT);
  return {
    before: `${from > 0 ? '…' : ''}${shorten(text.slice(from, finding.start), CONTEXT)}`,
    removed: shorten(text.slice(finding.start, finding.end), 40),
    added: shorten(action.replacement, 40),
    after: `${shorten(text.slice(finding.end, to), CONTEXT)}${to < text.length ? '…' : ''}`,
  };
}

/** At most `max` characters (whole code points), with an ellipsis when cut; line breaks shown as ⏎. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\n/g, ' ⏎ ');
  const points = [...flat];
  return points.length <= max ? flat : `${points.slice(0, max - 1).join('')}…`;
}

/** The last `max` characters (whole code points), with an ellipsis before when cut; line breaks shown as ⏎. */
export function tail(text: string, max: number): string {
  const flat = text.replace(/\n/g, ' ⏎ ');
  const points = [...flat];
  return points.length <= max ? flat : `…${points.slice(points.length - max + 1).join('')}`;
}
