import { describe, expect, it } from 'vitest';
import { sortReplies } from '@/entrypoints/options/pages/RepliesTable';
import type { SavedReply } from '@/utils/db/records';

const reply = (title: string, usageCount: number, lastUsedAt?: number): SavedReply => ({
  id: title,
  title,
  body: '',
  tags: [],
  platforms: [],
  variants: {},
  usageCount,
  ...(lastUsedAt === undefined ? {} : { lastUsedAt }),
  createdAt: 1,
  updatedAt: 1,
});

const replies = [reply('beta', 5, 100), reply('Alpha', 0), reply('gamma', 5, 300), reply('delta', 1, 200)];
const titles = (list: SavedReply[]) => list.map((r) => r.title);

describe('sortReplies', () => {
  it('sorts titles without regard to case', () => {
    expect(titles(sortReplies(replies, { key: 'title', direction: 'ascending' }))).toEqual([
      'Alpha',
      'beta',
      'delta',
      'gamma',
    ]);
  });

  it('sorts by usage, ties by title', () => {
    expect(titles(sortReplies(replies, { key: 'usageCount', direction: 'descending' }))).toEqual([
      'beta',
      'gamma',
      'delta',
      'Alpha',
    ]);
  });

  it('sorts by last use either way, with never-used replies last', () => {
    expect(titles(sortReplies(replies, { key: 'lastUsedAt', direction: 'descending' }))).toEqual([
      'gamma',
      'delta',
      'beta',
      'Alpha',
    ]);
    expect(titles(sortReplies(replies, { key: 'lastUsedAt', direction: 'ascending' }))).toEqual([
      'beta',
      'delta',
      'gamma',
      'Alpha',
    ]);
  });
});
