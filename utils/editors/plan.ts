/**
 * The pure half of inserting text: what exactly to send to the editor and how to judge what came back.
 * Kept apart from the DOM so the rules (never insert twice, widen deletions) are unit-tested.
 */

export interface PlannedEdit {
  /** The span to select, in UTF-16 offsets of the composer text. */
  start: number;
  end: number;
  /** What to insert over it. */
  replacement: string;
  /** The whole composer text once the edit is done. */
  expected: string;
}

/**
 * Plans replacing `text[start, end)` with `replacement`. Editors that edit through their own paste or input
 * handlers ignore an empty paste, so a deletion is sent as a replacement that keeps one neighbouring
 * character (the one before, else the one after; a newline only when there is nothing else). Offsets are
 * clamped to the text and never split a surrogate pair.
 */
export function planEdit(
  text: string,
  start: number,
  end: number,
  replacement: string,
  { widenDeletion }: { widenDeletion: boolean },
): PlannedEdit {
  let from = snapToCodePoint(text, clamp(Math.min(start, end), 0, text.length));
  let to = snapToCodePoint(text, clamp(Math.max(start, end), 0, text.length));
  const expected = text.slice(0, from) + replacement + text.slice(to);
  let insert = replacement;
  if (widenDeletion && insert === '' && from < to) {
    const before = codePointBefore(text, from);
    const after = codePointAt(text, to);
    if (before && before !== '\n') {
      from -= before.length;
      insert = before;
    } else if (after && after !== '\n') {
      to += after.length;
      insert = after;
    } else if (before) {
      from -= before.length;
      insert = before;
    } else if (after) {
      to += after.length;
      insert = after;
    }
  }
  return { start: from, end: to, replacement: insert, expected };
}

export type AttemptVerdict = 'done' | 'unchanged' | 'wrong';

/**
 * What one insertion attempt did. Only `unchanged` allows trying the next method: after a partial or
 * wrong change another method would insert a second time (sites.md §4.4).
 */
export function judgeAttempt(before: string, after: string, expected: string): AttemptVerdict {
  if (after === expected) return 'done';
  if (after === before) return 'unchanged';
  return 'wrong';
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Moves an offset that falls between the halves of a surrogate pair back to the pair's start. */
function snapToCodePoint(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  const previous = text.charCodeAt(offset - 1);
  const isLow = code >= 0xdc00 && code <= 0xdfff;
  const prevIsHigh = previous >= 0xd800 && previous <= 0xdbff;
  return isLow && prevIsHigh ? offset - 1 : offset;
}

function codePointBefore(text: string, offset: number): string {
  if (offset <= 0) return '';
  const start = snapToCodePoint(text, offset - 1);
  return text.slice(start, offset);
}

function codePointAt(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? '' : String.fromCodePoint(code);
}
