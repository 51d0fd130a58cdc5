import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnBrandDatabase } from '@/utils/db/database';
import { type ReplyDraft, repliesRepository } from '@/utils/db/replies';
import { RecordInputError } from '@/utils/db/table-repository';
import { freshDatabase } from '../shared/fresh-database';

const NAME = 'onbrand-replies-test';
let db: OnBrandDatabase;
let replies: ReturnType<typeof repliesRepository>;

beforeEach(async () => {
  db = await freshDatabase(NAME);
  replies = repliesRepository(db);
});
afterEach(() => db.close());

const draft = (overrides: Partial<ReplyDraft> = {}): ReplyDraft => ({
  title: 'Thanks',
  body: 'Thanks {author.name}!',
  tags: ['support'],
  platforms: [],
  variants: {},
  ...overrides,
});

describe('saved replies repository', () => {
  it('creates a reply with a normalised shortcut and zero usage, and updates it keeping id and usage', async () => {
    const created = await replies.save(draft({ shortcut: ' ;;Thanks ' }), 1000);
    expect(created).toMatchObject({ shortcut: 'thanks', usageCount: 0, createdAt: 1000, updatedAt: 1000 });
    await replies.recordUse(created.id, 1500);
    const updated = await replies.save(
      { ...draft({ title: 'Thank you' }), id: created.id, shortcut: 'thanks' },
      2000,
    );
    expect(updated).toMatchObject({ id: created.id, title: 'Thank you', usageCount: 1, lastUsedAt: 1500 });
    expect(await replies.list()).toHaveLength(1);
  });

  it('refuses a shortcut another reply already has, with a message, and writes nothing', async () => {
    await replies.save(draft({ title: 'Refunds', shortcut: 'refund' }));
    const error = await replies
      .save(draft({ title: 'Other', shortcut: ';;REFUND' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordInputError);
    expect((error as Error).message).toBe('The shortcut ;;refund is already used by “Refunds”.');
    expect((await replies.list()).map((reply) => reply.title)).toEqual(['Refunds']);
  });

  it('refuses a shortcut with spaces and a reply without a title', async () => {
    await expect(replies.save(draft({ shortcut: 'two words' }))).rejects.toThrow(/can’t be a shortcut/);
    await expect(replies.save(draft({ title: '  ' }))).rejects.toThrow('A reply needs a title');
    expect(await replies.list()).toEqual([]);
  });

  it('drops empty variants and tags, and an empty shortcut means none', async () => {
    const saved = await replies.save(
      draft({ shortcut: '', tags: [' a ', '', 'a'], variants: { x: ' ', bluesky: 'Hi' } }),
    );
    expect(saved.shortcut).toBeUndefined();
    expect(saved.tags).toEqual(['a']);
    expect(saved.variants).toEqual({ bluesky: 'Hi' });
  });

  it('duplicates without the shortcut and with fresh usage', async () => {
    const original = await replies.save(draft({ shortcut: 'thanks' }));
    await replies.recordUse(original.id);
    const copy = await replies.duplicate(original.id, 5);
    expect(copy).toMatchObject({ title: 'Thanks (copy)', body: original.body, usageCount: 0, createdAt: 5 });
    expect(copy.shortcut).toBeUndefined();
    expect(copy.lastUsedAt).toBeUndefined();
    expect(copy.id).not.toBe(original.id);
  });

  it('counts a flood of uses from a page as one per second at most', async () => {
    const reply = await replies.save(draft());
    for (let i = 0; i < 500; i++) await replies.recordUse(reply.id, 50_000 + i);
    expect((await replies.get(reply.id))?.usageCount).toBe(1);
    await replies.recordUse(reply.id, 51_000);
    expect((await replies.get(reply.id))?.usageCount).toBe(2);
  });

  it('counts uses and remembers the last one; a deleted reply is not resurrected', async () => {
    const reply = await replies.save(draft());
    await replies.recordUse(reply.id, 10_000);
    expect(await replies.recordUse(reply.id, 20_000)).toMatchObject({ usageCount: 2, lastUsedAt: 20_000 });
    await replies.delete(reply.id);
    expect(await replies.recordUse(reply.id, 30_000)).toBeUndefined();
    expect(await replies.list()).toEqual([]);
  });

  it('lists the replies meant for a platform, counting those with no platforms as meant for all', async () => {
    await replies.save(draft({ title: 'Everywhere' }));
    await replies.save(draft({ title: 'X only', platforms: ['x'] }));
    await replies.save(draft({ title: 'LinkedIn only', platforms: ['linkedin'] }));
    expect((await replies.forPlatform('x')).map((r) => r.title).sort()).toEqual(['Everywhere', 'X only']);
  });
});
