import type { PlatformId } from '../checks/types';
import { type MessageKey, quoted, t } from '../i18n';
import { normalizeShortcut, SHORTCUT_PREFIX } from '../replies/shortcut';
import type { OnBrandDatabase } from './database';
import { type SavedReply, SavedReplySchema } from './records';
import { RecordInputError, TableRepository } from './table-repository';

/** What the user edits; ids, usage and timestamps are the repository's business. */
export type ReplyDraft = Pick<SavedReply, 'title' | 'body' | 'tags' | 'platforms' | 'variants'> & {
  id?: string;
  /** As typed: `;;thanks`, `Thanks` and `thanks` are the same shortcut. Empty = none. */
  shortcut?: string;
};

/** Two insertions of the same reply closer together than this are one use (nobody inserts faster). */
export const MIN_USE_SPACING_MS = 1000;

export function repliesRepository(db: OnBrandDatabase) {
  const repository = new TableRepository<SavedReply>(db.savedReplies, SavedReplySchema);

  const byShortcut = async (shortcut: string): Promise<SavedReply | undefined> => {
    const [row] = repository.parseMany(await db.savedReplies.where('shortcut').equals(shortcut).toArray());
    return row;
  };

  return Object.assign(repository, {
    byShortcut,

    /** Replies meant for a platform (those with no platforms are meant for all). */
    async forPlatform(platform: PlatformId): Promise<SavedReply[]> {
      const all = await repository.list();
      return all.filter((reply) => reply.platforms.length === 0 || reply.platforms.includes(platform));
    },

    /**
     * Creates or updates a reply. Refuses, with a message for the user and without writing anything, a
     * shortcut that is malformed or already belongs to another reply. Usage figures survive edits.
     */
    async save(draft: ReplyDraft, now = Date.now()): Promise<SavedReply> {
      const typed = draft.shortcut?.trim() ?? '';
      const shortcut = typed === '' ? undefined : normalizeShortcut(typed);
      if (shortcut === null) {
        throw new RecordInputError(t('replyShortcutInvalid', quoted(typed)));
      }
      return db.transaction('rw', db.savedReplies, async () => {
        if (shortcut) {
          const owner = await byShortcut(shortcut);
          if (owner && owner.id !== draft.id) {
            throw new RecordInputError(
              t('replyShortcutTaken', SHORTCUT_PREFIX + shortcut, quoted(owner.title)),
            );
          }
        }
        const existing = draft.id ? await repository.get(draft.id) : undefined;
        const { shortcut: _typed, ...fields } = draft;
        const record: SavedReply = {
          ...fields,
          id: existing?.id ?? draft.id ?? crypto.randomUUID(),
          title: draft.title.trim(),
          tags: [...new Set(draft.tags.map((tag) => tag.trim()).filter(Boolean))],
          variants: Object.fromEntries(
            Object.entries(draft.variants).filter(([, text]) => text !== undefined && text.trim() !== ''),
          ),
          ...(shortcut ? { shortcut } : {}),
          usageCount: existing?.usageCount ?? 0,
          ...(existing?.lastUsedAt !== undefined ? { lastUsedAt: existing.lastUsedAt } : {}),
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
        const parsed = SavedReplySchema.safeParse(record);
        if (!parsed.success) throw new RecordInputError(describeInvalid(parsed.error.issues));
        await db.savedReplies.put(parsed.data);
        return parsed.data;
      });
    },

    /** A copy to edit into a new reply: same text, no shortcut (it must stay unique), fresh usage. */
    async duplicate(id: string, now = Date.now()): Promise<SavedReply> {
      const original = await repository.get(id);
      if (!original) throw new RecordInputError(t('replyGone'));
      const { shortcut: _unique, lastUsedAt: _used, ...rest } = original;
      return repository.put({
        ...rest,
        id: crypto.randomUUID(),
        title: t('copyTitle', original.title).slice(0, 300),
        usageCount: 0,
        createdAt: now,
        updatedAt: now,
      });
    },

    /**
     * Counts one insertion. Returns the new figures, or undefined if the reply was deleted meanwhile. Any
     * content script can send this, so uses closer together than a person inserts are counted once.
     */
    async recordUse(id: string, now = Date.now()): Promise<SavedReply | undefined> {
      return db.transaction('rw', db.savedReplies, async () => {
        const reply = await repository.get(id);
        if (!reply) return undefined;
        const since = now - (reply.lastUsedAt ?? Number.NEGATIVE_INFINITY);
        if (since >= 0 && since < MIN_USE_SPACING_MS) return reply;
        return repository.put({
          ...reply,
          usageCount: Math.min(reply.usageCount + 1, Number.MAX_SAFE_INTEGER),
          lastUsedAt: now,
        });
      });
    },
  });
}

function describeInvalid(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  const field = String(first?.path[0] ?? 'reply');
  const what: Record<string, MessageKey> = {
    title: 'replyInvalidTitle',
    body: 'replyInvalidBody',
    tags: 'replyInvalidTags',
  };
  const key = what[field];
  return key ? t(key) : t('replyInvalidOther', field, first?.message ?? 'invalid');
}
