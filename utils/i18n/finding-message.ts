import type { Finding, Wording, WordingArg } from '@/utils/checks/types';
import { formatNumber, quoted, t, uiIsGerman } from '.';
import { germanFindingMessage } from './german-findings';

function argText(arg: WordingArg): string {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'number') return formatNumber(arg);
  if ('key' in arg) return t(arg.key);
  return arg.map(quoted).join(', ');
}

/** A wording in the UI language, with the wordings merged into it after it. */
export function renderWording(wording: Wording): string {
  const text = t(wording.key, ...wording.args.map(argText));
  return wording.next ? `${text} ${renderWording(wording.next)}` : text;
}

/** The wording in the UI language, or the English text where there is none (or the catalogue lacks it). */
export function wordedOr(wording: Wording | null | undefined, english: string): string {
  return (wording && renderWording(wording)) || english;
}

/**
 * A finding's message in the UI language: a built-in check's from its wording, the disclosure findings from
 * the German table (german-findings.ts), a guideline rule's as the brand wrote it. `text` is the checked
 * draft, which the disclosure table quotes from.
 */
export function findingMessage(finding: Finding, text = ''): string {
  if (finding.wording) return wordedOr(finding.wording, finding.message);
  return (uiIsGerman() && germanFindingMessage(finding, text)) || finding.message;
}
