/**
 * The saved-reply template language. A reply body is plain text with a few `{…}` placeholders:
 *
 *   {author.name}    display name of the person being replied to, read from the page
 *   {author.handle}  their handle as a mention on that site (`@brandfan`, `u/brandfan`)
 *   {my.name}        the user's own name (set once on the Saved replies page)
 *   {date}           today's date, written the way the browser's language writes it
 *   {cursor}         where the caret lands after insertion (the first one wins; it inserts nothing)
 *   {field:Label}    a fill-in the user types at insertion; the same label twice is asked once
 *
 * Anything else in braces is not ours: it stays in the text exactly as written and is reported, so a typo like
 * `{author.nmae}` shows up in the preview instead of vanishing. A value the page or the user did not give
 * (no author found, empty fill-in) also stays visible as written.
 */

export const KNOWN_VARIABLES = ['author.name', 'author.handle', 'my.name', 'date', 'cursor'] as const;
export type KnownVariable = (typeof KNOWN_VARIABLES)[number];

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: KnownVariable; raw: string; start: number; end: number }
  | { kind: 'field'; label: string; raw: string; start: number; end: number }
  | { kind: 'unknown'; raw: string; start: number; end: number };

// One line, up to 60 characters, no nested braces: long or multi-line brace runs are text, not placeholders.
const PLACEHOLDER = /\{([^{}\n]{1,60})\}/g;
const FIELD = /^field:\s*(\S.*?)\s*$/i;

/** Splits a template into text and placeholders, with UTF-16 offsets of each placeholder in the template. */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start > last) parts.push({ kind: 'text', text: template.slice(last, start) });
    parts.push(placeholder(match[0], match[1] ?? '', start, end));
    last = end;
  }
  if (last < template.length) parts.push({ kind: 'text', text: template.slice(last) });
  return parts;
}

function placeholder(raw: string, inner: string, start: number, end: number): TemplatePart {
  const name = inner.trim().toLowerCase();
  const known = KNOWN_VARIABLES.find((variable) => variable === name);
  if (known) return { kind: 'variable', name: known, raw, start, end };
  const field = FIELD.exec(inner);
  if (field?.[1]) return { kind: 'field', label: field[1], raw, start, end };
  return { kind: 'unknown', raw, start, end };
}

/** The fill-in labels of a template, each once, in order of first appearance. */
export function fillInLabels(template: string): string[] {
  const labels: string[] = [];
  for (const part of parseTemplate(template)) {
    if (part.kind === 'field' && !labels.includes(part.label)) labels.push(part.label);
  }
  return labels;
}

/** Placeholders OnBrand does not know, as written, with their offsets in the template. */
export function unknownPlaceholders(template: string): Extract<TemplatePart, { kind: 'unknown' }>[] {
  return parseTemplate(template).filter((part) => part.kind === 'unknown');
}

export interface ExpansionContext {
  author?: { name?: string; handle?: string };
  myName?: string;
  /** Values of fill-ins by label. */
  fields?: Record<string, string>;
  now: Date;
  /** BCP 47 language for `{date}`; the browser's own when absent. */
  locale?: string;
}

export interface Unresolved {
  raw: string;
  /** `unknown`: not a placeholder OnBrand knows. `missing`: known, but no value was available. */
  reason: 'unknown' | 'missing';
  /** Offsets of the kept placeholder in the expanded text. */
  start: number;
  end: number;
}

export interface Expansion {
  text: string;
  /** UTF-16 offset in `text` where the caret goes, or null for "after the inserted text". */
  cursor: number | null;
  unresolved: Unresolved[];
}

/** Fills a template in. Pure: the same template and context always give the same text. */
export function expandTemplate(template: string, context: ExpansionContext): Expansion {
  let text = '';
  let cursor: number | null = null;
  const unresolved: Unresolved[] = [];
  const keep = (raw: string, reason: Unresolved['reason']) => {
    unresolved.push({ raw, reason, start: text.length, end: text.length + raw.length });
    text += raw;
  };

  for (const part of parseTemplate(template)) {
    switch (part.kind) {
      case 'text':
        text += part.text;
        break;
      case 'unknown':
        keep(part.raw, 'unknown');
        break;
      case 'field': {
        const value = context.fields?.[part.label];
        if (value) text += value;
        else keep(part.raw, 'missing');
        break;
      }
      case 'variable': {
        if (part.name === 'cursor') {
          cursor ??= text.length;
          break;
        }
        const value = variableValue(part.name, context);
        if (value) text += value;
        else keep(part.raw, 'missing');
        break;
      }
    }
  }
  return { text, cursor, unresolved };
}

function variableValue(
  name: Exclude<KnownVariable, 'cursor'>,
  context: ExpansionContext,
): string | undefined {
  switch (name) {
    case 'author.name':
      return context.author?.name?.trim() || undefined;
    case 'author.handle':
      return context.author?.handle?.trim() || undefined;
    case 'my.name':
      return context.myName?.trim() || undefined;
    case 'date':
      return new Intl.DateTimeFormat(context.locale, { dateStyle: 'long' }).format(context.now);
  }
}
