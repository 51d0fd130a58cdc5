import type { Check } from '../context';
import { type Finding, type SavedPostLike, worded } from '../types';

/** Three-word shingles: long enough that common phrases ("thank you so") rarely decide the score. */
const SHINGLE_WORDS = 3;
/** A draft shorter than this many shingles (about eight words) says too little to call it a copy. */
const MIN_SHINGLES = 6;
const WARN_AT = 0.5;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Calls `visit` with each shingle of the text (lower case, NFKC) and the UTF-16 span it covers in the
 * normalised text. Plain loops and one string per shingle: it runs over every saved post when the library
 * changes.
 */
function eachShingle(text: string, visit: (key: string, start: number, end: number) => void): void {
  const normal = text.normalize('NFKC');
  const words: string[] = [];
  const starts: number[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(normal); match !== null; match = WORD.exec(normal)) {
    words.push(match[0].toLowerCase());
    starts.push(match.index);
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let key = words[i] as string;
    for (let k = 1; k < SHINGLE_WORDS; k++) key += ` ${words[i + k]}`;
    const last = i + SHINGLE_WORDS - 1;
    visit(key, starts[i] as number, (starts[last] as number) + (words[last] as string).length);
  }
}

/** The draft's shingles, each with the span where it first occurs. */
function draftShingles(text: string): Map<string, { start: number; end: number }> {
  const spans = new Map<string, { start: number; end: number }>();
  eachShingle(text, (key, start, end) => {
    if (!spans.has(key)) spans.set(key, { start, end });
  });
  return spans;
}

/**
 * For each shingle, the posts (indexes into the list, ascending) that contain it. Built once per list: the
 * overlay passes the same list on every check until the library changes, so a check costs about one lookup
 * per draft shingle however many posts there are, instead of one per draft shingle and post.
 */
type LibraryIndex = Map<string, number[]>;
const indexes = new WeakMap<readonly SavedPostLike[], LibraryIndex>();
function indexOf(posts: readonly SavedPostLike[]): LibraryIndex {
  const index = indexes.get(posts);
  if (index) return index;
  const built: LibraryIndex = new Map();
  for (let i = 0; i < posts.length; i++) {
    eachShingle(posts[i]?.text ?? '', (key) => {
      const holders = built.get(key);
      if (!holders) built.set(key, [i]);
      // A post repeating a phrase counts once.
      else if (holders[holders.length - 1] !== i) holders.push(i);
    });
  }
  indexes.set(posts, built);
  return built;
}

/**
 * A draft that closely copies a saved post (a competitor's, or our own recent one): how much of the draft's
 * wording appears in that post, by shingled three-word sequences, naming the post.
 */
export const similarPost: Check = (draft) => {
  const posts = draft.savedPosts;
  if (posts.length === 0) return [];
  // NFKC can change lengths; offsets only stay right when it does not.
  const normalisedSame = draft.text.normalize('NFKC').length === draft.text.length;
  const spans = draftShingles(draft.text);
  if (spans.size < MIN_SHINGLES) return [];
  const index = indexOf(posts);
  const shared = new Uint32Array(posts.length);
  for (const key of spans.keys()) {
    for (const i of index.get(key) ?? []) shared[i] = (shared[i] ?? 0) + 1;
  }
  // The first of the best: the list comes most recently saved first.
  let top = 0;
  for (let i = 1; i < shared.length; i++) if ((shared[i] ?? 0) > (shared[top] ?? 0)) top = i;
  const post = posts[top];
  const score = (shared[top] ?? 0) / spans.size;
  if (!post || score < WARN_AT) return [];
  // Where the wording shared with that post starts and ends in the draft.
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const [key, span] of spans) {
    if (!index.get(key)?.includes(top)) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  const handle = post.author && `${post.author.startsWith('@') ? '' : '@'}${post.author}`;
  const who = handle ? `${handle}’s` : 'a';
  const percent = Math.round(score * 100);
  const preview = post.text.length > 50 ? `${post.text.slice(0, 50).trimEnd()}…` : post.text;
  const finding: Finding = {
    ruleId: 'similar-post',
    category: 'copyright',
    severity: score >= 0.8 ? 'error' : 'warning',
    start: normalisedSame ? start : 0,
    end: normalisedSame ? end : 0,
    message: `This draft is ${percent}% similar to ${who} saved post "${preview}" (${post.id}). Rewrite it in your own words.`,
    wording: handle
      ? worded('findingSimilarPostBy', percent, handle, preview, post.id)
      : worded('findingSimilarPost', percent, preview, post.id),
  };
  return [finding];
};
