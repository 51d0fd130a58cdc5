import type { OnBrandDatabase } from './database';
import { type ResearchPost, ResearchPostSchema } from './records';
import { TableRepository } from './table-repository';

export function researchRepository(db: OnBrandDatabase) {
  const repository = new TableRepository<ResearchPost>(db.researchPosts, ResearchPostSchema);
  return Object.assign(repository, {
    async byPermalink(permalink: string): Promise<ResearchPost | undefined> {
      const row = await db.researchPosts.where('permalink').equals(permalink).first();
      return row === undefined ? undefined : repository.parseMany([row])[0];
    },
  });
}
