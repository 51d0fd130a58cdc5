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

/** A substitution's replacements, "hi everyone|hi all" in Vale's syntax, as a reader says them: “hi everyone” / “hi all”. */
export function alternatives(replacements: readonly string[]): string {
  return replacements.map(quoted).join(' / ');
}

/** Pairs of quotes a rule's message may put around its `%s` (Vale styles write straight ones). */
const QUOTES = new Set(['""', "''", '“”', '‘’', '„“', '«»']);

/**
 * A finding's message in the UI language: a built-in check's from its wording, a guideline rule's as written,
 * except that a substitution's `%s` filled with its raw replacements ('Prefer "hi everyone|hi all"') names them
 * one by one ('Prefer “hi everyone” / “hi all”'), with the quotes the message put around them dropped.
 */
export function findingMessage(finding: Finding): string {
  const message = wordedOr(finding.wording, finding.message);
  return finding.wording ? message : withAlternatives(message, finding.suggestions ?? []);
}

/**
 * `message` with the raw replacements "hi everyone|hi all" it holds named one by one, “hi everyone” / “hi all”
 * (the rule list's example message says it as the finding will).
 */
export function withAlternatives(message: string, replacements: readonly string[]): string {
  if (replacements.length < 2) return message;
  const raw = replacements.join('|');
  const at = message.indexOf(raw);
  if (at < 0) return message;
  const end = at + raw.length;
  const quotedRaw = QUOTES.has(`${message[at - 1]}${message[end]}`);
  const [from, to] = quotedRaw ? [at - 1, end + 1] : [at, end];
  return `${message.slice(0, from)}${alternatives(replacements)}${message.slice(to)}`;
}
