/**
 * Vale checks a rule on each block of its scope: a sentence, a paragraph, the whole text. A post's blocks are
 * its paragraphs (lines up to a blank line) and their sentences.
 *
 * Vale (through twine) splits sentences with a Punkt model trained on English text; OnBrand splits after `.`,
 * `!`, `?` or `…` (and closing quotes) followed by a space or line break and no lower-case letter. Like
 * Punkt, a line break alone does not end a sentence.
 */

import type { DraftContext } from './context';

export interface Span {
  start: number;
  end: number;
}

export type BlockScope = 'paragraph' | 'sentence';

const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s+(?![\p{Ll}]))/gu;

/** Where the sentences of one paragraph start and end, trimmed. */
export function sentenceSpans(paragraph: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const piece = paragraph.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (const match of paragraph.matchAll(SENTENCE_END)) push((match.index ?? 0) + match[0].length);
  push(paragraph.length);
  return out;
}

/** The blocks a rule looks at: each paragraph (lines up to a blank line), or each sentence; trimmed. */
export function blocksOf(text: string, scope: BlockScope | undefined): Span[] {
  const blocks: Span[] = [];
  for (const paragraph of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const offset = paragraph.index ?? 0;
    const spans =
      scope === 'sentence' ? sentenceSpans(paragraph[0]) : [{ start: 0, end: paragraph[0].length }];
    for (const span of spans) {
      const piece = paragraph[0].slice(span.start, span.end);
      const trimmed = piece.trim();
      if (!trimmed) continue;
      const start = offset + span.start + (piece.length - piece.trimStart().length);
      blocks.push({ start, end: start + trimmed.length });
    }
  }
  return blocks;
}

/** A draft's blocks of a scope (paragraphs unless told), split once however many rules of that scope ask. */
export function draftBlocks(draft: DraftContext, scope?: BlockScope): Span[] {
  return draft.memo('blocks', scope ?? 'paragraph', () => blocksOf(draft.text, scope));
}
