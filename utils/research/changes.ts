import type { IntervalTree, ObservabilitySet } from 'dexie';

/** What changed in the research table, read from Dexie's `storagemutated` parts. */
export type ResearchChange = { kind: 'none' } | { kind: 'keys'; ids: string[] } | { kind: 'all' };

/**
 * Dexie announces every committed write, from any context of the extension (the background's saves, another
 * dashboard tab), as the key ranges it touched per table and index. Single keys can be re-read one by one;
 * a range (a clear, a bulk delete by query) or a wholesale "all" means reading the table again.
 */
export function researchChangeOf(parts: ObservabilitySet, dbName: string): ResearchChange {
  if ('all' in parts) return { kind: 'all' };
  const table = `idb://${dbName}/researchPosts/`;
  const touched = Object.keys(parts).filter((part) => part.startsWith(table));
  if (touched.length === 0) return { kind: 'none' };
  const primary = parts[table];
  // Only an index part without the primary-key part: no way to tell which rows; read them all.
  if (!primary) return { kind: 'all' };
  const ids: string[] = [];
  const walk = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (node.from !== node.to || typeof node.from !== 'string') return false;
    ids.push(node.from);
    return walk(node.l) && walk(node.r);
  };
  return walk(primary) ? { kind: 'keys', ids } : { kind: 'all' };
}
