import type { SavedPostLike } from '../checks/types';
import { t } from '../i18n';
import type { OnBrandDatabase } from './database';
import { boundSnapshots } from './migrations';
import { type CapturedPost, type ResearchPost, ResearchPostSchema } from './records';
import { DamagedRecordError, TableRepository } from './table-repository';

export interface SaveOutcome {
  id: string;
  /** False when the permalink was already saved and this save added a metrics snapshot instead. */
  created: boolean;
  snapshots: number;
}

/** A post's latest replies + reposts + likes (views are reach, not engagement). */
export function engagementOf(post: Pick<ResearchPost, 'metrics'>): number {
  const latest = post.metrics.at(-1);
  if (!latest) return 0;
  return (latest.replies ?? 0) + (latest.reposts ?? 0) + (latest.likes ?? 0);
}

export function researchRepository(db: OnBrandDatabase) {
  const repository = new TableRepository<ResearchPost>(db.researchPosts, ResearchPostSchema);
  return Object.assign(repository, {
    async byPermalink(permalink: string): Promise<ResearchPost | undefined> {
      const row = await db.researchPosts.where('permalink').equals(permalink).first();
      return row === undefined ? undefined : repository.parseMany([row])[0];
    },

    /**
     * Saves a post read from a page. The same permalink saved again keeps one row and gains a metrics
     * snapshot; parts the first save missed are filled from the new reading, and nothing found earlier
     * is overwritten by a reading that missed it. A post keeps at most MAX_METRICS_SNAPSHOTS snapshots (the
     * first and the newest), however often a page saves it. A damaged row with the same permalink is kept and named
     * in the refusal (the unique index would refuse a second row anyway).
     */
    async save(
      captured: CapturedPost,
      now: number,
      newId: () => string = () => crypto.randomUUID(),
    ): Promise<SaveOutcome> {
      return db.transaction('rw', db.researchPosts, async () => {
        const stored = captured.permalink
          ? await db.researchPosts.where('permalink').equals(captured.permalink).first()
          : undefined;
        const existing = stored === undefined ? undefined : repository.parseMany([stored])[0];
        if (stored !== undefined && existing === undefined) {
          throw new DamagedRecordError(t('researchSavedCopyDamaged'));
        }
        if (!existing) {
          const post = await repository.put({
            ...captured,
            id: newId(),
            metrics: [captured.metrics],
            tags: [],
            collections: [],
            savedAt: now,
          });
          return { id: post.id, created: true, snapshots: 1 };
        }
        const updated = await repository.put(mergeReading(existing, captured));
        return { id: updated.id, created: false, snapshots: updated.metrics.length };
      });
    },

    /**
     * The user's own fields of a saved post (tags, collections, notes, shared with the team), written over the row as it is now:
     * a metrics snapshot saved from a feed meanwhile is kept, never overwritten by the copy on screen.
     */
    async annotate(
      id: string,
      fields: Pick<ResearchPost, 'tags' | 'collections' | 'notes' | 'shared'>,
    ): Promise<ResearchPost | undefined> {
      return db.transaction('rw', db.researchPosts, async () => {
        const current = await repository.get(id);
        if (!current) return undefined;
        const { notes: _previous, shared: _wasShared, ...rest } = current;
        return repository.put({
          ...rest,
          tags: fields.tags,
          collections: fields.collections,
          ...(fields.notes ? { notes: fields.notes } : {}),
          // Private unless the user shares it with the team (the replicator sends only shared posts).
          ...(fields.shared ? { shared: true } : {}),
        });
      });
    },

    /** Which of these permalinks are in the library. */
    async savedAmong(permalinks: string[]): Promise<string[]> {
      const rows = await db.researchPosts.where('permalink').anyOf(permalinks).toArray();
      return rows.flatMap((row) => (row.permalink ? [row.permalink] : []));
    },

    /** The most recently saved posts in the shape the check engine's similarity rule takes. */
    async recentForChecks(limit: number): Promise<SavedPostLike[]> {
      const rows = repository.parseMany(
        await db.researchPosts.orderBy('savedAt').reverse().limit(limit).toArray(),
      );
      return rows.map((post) => ({
        id: post.id,
        text: post.text,
        ...(post.author.handle || post.author.name ? { author: post.author.handle ?? post.author.name } : {}),
        ...(post.platform !== 'web' ? { platform: post.platform } : {}),
      }));
    },
  });
}

function mergeReading(existing: ResearchPost, reading: CapturedPost): ResearchPost {
  const found = (field: string) => !reading.missing.includes(field);
  const stillMissing = existing.missing.filter((field) => !found(field));
  return {
    ...existing,
    author: {
      name: existing.author.name ?? reading.author.name,
      handle: existing.author.handle ?? reading.author.handle,
    },
    text: existing.text || reading.text,
    publishedAt: existing.publishedAt ?? reading.publishedAt,
    postId: existing.postId ?? reading.postId,
    metrics: boundSnapshots([...existing.metrics, reading.metrics]),
    missing: stillMissing,
  };
}
