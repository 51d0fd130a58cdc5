import type { OnBrandDatabase } from './database';
import { type SavedReply, SavedReplySchema } from './records';
import { TableRepository } from './table-repository';

export function repliesRepository(db: OnBrandDatabase) {
  const repository = new TableRepository<SavedReply>(db.savedReplies, SavedReplySchema);
  return Object.assign(repository, {
    async byShortcut(shortcut: string): Promise<SavedReply | undefined> {
      const [row] = repository.parseMany(await db.savedReplies.where('shortcut').equals(shortcut).toArray());
      return row;
    },
  });
}
