import type { OnBrandDatabase } from '@/utils/db/database';
import { researchRepository } from '@/utils/db/research';
import type { Handlers } from '../router';

export function researchHandlers(
  db: OnBrandDatabase,
  now = () => Date.now(),
): Pick<Handlers, 'research.save' | 'research.savedAmong' | 'research.recent'> {
  const research = researchRepository(db);
  return {
    'research.save': (captured) => research.save(captured, now()),
    'research.savedAmong': async ({ permalinks }) => ({ saved: await research.savedAmong(permalinks) }),
    'research.recent': async ({ limit }) => ({ posts: await research.recentForChecks(limit) }),
  };
}
