import type { Finding, Wording, WordingArg } from '@/utils/checks/types';
import { formatNumber, quoted, t } from '.';

const isList = (arg: WordingArg): arg is readonly string[] => Array.isArray(arg);

function argText(arg: WordingArg): string {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'number') return formatNumber(arg);
  if (isList(arg)) return arg.map(quoted).join(', ');
  if ('key' in arg) return t(arg.key);
  const items = arg.list.map(renderWording).join(', ');
  return arg.aside ? items && ` (${items})` : items;
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

/** A finding's message in the UI language: a built-in check's from its wording, a guideline rule's as written. */
export function findingMessage(finding: Finding): string {
  return wordedOr(finding.wording, finding.message);
}
