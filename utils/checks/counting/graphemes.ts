const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export interface GraphemeCount {
  count: number;
  /** UTF-16 offset of the grapheme that no longer fits in `budget`, or null. */
  overflowAt: number | null;
}

/**
 * User-perceived characters (Unicode extended grapheme clusters, as Intl.Segmenter finds them) in
 * `text.slice(start, end)`. Every ASCII character starts a new cluster (only CR LF joins), so ASCII runs are
 * counted directly and only the stretches around other characters go through the segmenter: a mostly-Latin
 * draft of 3,000 characters costs a few segmenter calls instead of 3,000 segment objects.
 */
export function countGraphemes(text: string, start = 0, end = text.length, budget = Infinity): GraphemeCount {
  let count = 0;
  let overflowAt: number | null = null;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    if (code < 0x80 && next < 0x80) {
      count += 1;
      if (count === budget + 1) overflowAt = i;
      i += code === 0x0d && next === 0x0a ? 2 : 1;
      continue;
    }
    // A stretch that holds non-ASCII: from here to the next ASCII character (where a cluster always starts).
    let stop = i + 1;
    while (stop < end && text.charCodeAt(stop) >= 0x80) stop += 1;
    for (const { index } of segmenter.segment(text.slice(i, stop))) {
      count += 1;
      if (count === budget + 1) overflowAt = i + index;
    }
    i = stop;
  }
  return { count, overflowAt };
}
