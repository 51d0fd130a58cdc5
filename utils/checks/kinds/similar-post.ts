import type { Check } from '../context';
import type { Finding, SavedPostLike } from '../types';

/** Three-word shingles: long enough that common phrases ("thank you so") rarely decide the score. */
const SHINGLE_WORDS = 3;
/** A draft shorter than this many shingles (about eight words) says too little to call it a copy. */
const MIN_SHINGLES = 6;
const WARN_AT = 0.5;

interface Shingles {
  /** Each shingle with the UTF-16 span where it first occurs. */
  spans: Map<string, { start: number; end: number }>;
}

function shingle(text: string): Shingles {
  const words: { word: string; start: number; end: number }[] = [];
  for (const match of text.normalize('NFKC').matchAll(/[\p{L}\p{N}]+/gu)) {
    words.push({ word: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  const spans = new Map<string, { start: number; end: number }>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const key = words
      .slice(i, i + SHINGLE_WORDS)
      .map((w) => w.word)
      .join(' ');
    const first = words[i];
    const last = words[i + SHINGLE_WORDS - 1];
    if (first && last && !spans.has(key)) spans.set(key, { start: first.start, end: last.end });
  }
  return { spans };
}

/** Saved posts rarely change between keystrokes, so their shingles are kept by text. */
const savedShingles = new Map<string, Set<string>>();
function shinglesOf(post: SavedPostLike): Set<string> {
  let set = savedShingles.get(post.text);
  if (!set) {
    set = new Set(shingle(post.text).spans.keys());
    if (savedShingles.size > 1000) savedShingles.clear();
    savedShingles.set(post.text, set);
  }
  return set;
}

/**
 * A draft that closely copies a saved post (a competitor's, or our own recent one): how much of the draft's
 * wording appears in that post, by shingled three-word sequences, naming the post.
 */
export const similarPost: Check = (draft) => {
  if (draft.savedPosts.length === 0) return [];
  // NFKC can change lengths; offsets only stay right when it does not.
  const normalisedSame = draft.text.normalize('NFKC').length === draft.text.length;
  const { spans } = shingle(draft.text);
  if (spans.size < MIN_SHINGLES) return [];
  let best: { post: SavedPostLike; score: number; start: number; end: number } | undefined;
  for (const post of draft.savedPosts) {
    const theirs = shinglesOf(post);
    let shared = 0;
    let start = Number.POSITIVE_INFINITY;
    let end = 0;
    for (const [key, span] of spans) {
      if (!theirs.has(key)) continue;
      shared += 1;
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
    const score = shared / spans.size;
    if (score >= WARN_AT && (!best || score > best.score)) best = { post, score, start, end };
  }
  if (!best) return [];
  const { post, score } = best;
  const who = post.author ? `${post.author.startsWith('@') ? '' : '@'}${post.author}'s` : 'a';
  const preview = post.text.length > 50 ? `${post.text.slice(0, 50).trimEnd()}…` : post.text;
  const finding: Finding = {
    ruleId: 'similar-post',
    category: 'copyright',
    severity: score >= 0.8 ? 'error' : 'warning',
    start: normalisedSame ? best.start : 0,
    end: normalisedSame ? best.end : 0,
    message: `This draft is ${Math.round(score * 100)}% similar to ${who} saved post "${preview}" (${post.id}). Rewrite it in your own words.`,
  };
  return [finding];
};
