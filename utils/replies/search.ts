/** The searchable parts of a saved reply. */
export interface SearchableReply {
  title: string;
  body: string;
  shortcut?: string;
  tags: readonly string[];
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether a reply matches what the user typed: every word of the query appears somewhere in its title, body,
 * shortcut or tags, ignoring case and accents. A few hundred replies at most: a scan is instant.
 */
export function matchesQuery(reply: SearchableReply, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([reply.title, reply.body, reply.shortcut ?? '', ...reply.tags].join('\n'));
  return words.every((word) => haystack.includes(word.replace(/^;;/, '')));
}
