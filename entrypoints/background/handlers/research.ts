import type { OnBrandDatabase } from '@/utils/db/database';
import { researchRepository } from '@/utils/db/research';
import type { Handlers } from '../router';
import { noticeAllTabs } from './settings';

export function researchHandlers(
  db: OnBrandDatabase,
  now = () => Date.now(),
): Pick<Handlers, 'research.save' | 'research.savedAmong' | 'research.recent'> {
  const research = researchRepository(db);
  return {
    'research.save': async (captured) => {
      const saved = await research.save(captured, now());
      // Open composers compare drafts with the library: they fetch it again. The save's reply need not wait.
      void noticeAllTabs({ type: 'research.changed' });
      return saved;
    },
    'research.savedAmong': async ({ permalinks }) => ({ saved: await research.savedAmong(permalinks) }),
    'research.recent': async ({ limit }) => ({ posts: await research.recentForChecks(limit) }),
  };
}
