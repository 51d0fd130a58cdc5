import Dexie, { type ObservabilitySet } from 'dexie';
import type { OnBrandDatabase } from '@/utils/db/database';
import { researchRepository } from '@/utils/db/research';
import { researchChangeOf } from '@/utils/research/changes';
import type { Handlers } from '../router';
import { noticeAllTabs } from './settings';

export function researchHandlers(
  db: OnBrandDatabase,
  now = () => Date.now(),
): Pick<Handlers, 'research.save' | 'research.savedAmong' | 'research.recent'> {
  const research = researchRepository(db);
  return {
    'research.save': async (captured) => research.save(captured, now()),
    'research.savedAmong': async ({ permalinks }) => ({ saved: await research.savedAmong(permalinks) }),
    'research.recent': async ({ limit }) => ({ posts: await research.recentForChecks(limit) }),
  };
}

/**
 * Open composers compare drafts with the research library, so every change to it is announced to the tabs:
 * saves from feeds and the context menu here, and deletes, undos, notes and restores from the dashboard,
 * which Dexie relays from the dashboard's context to this one.
 */
export function announceResearchChanges(db: OnBrandDatabase): () => void {
  const announce = (parts: ObservabilitySet) => {
    if (researchChangeOf(parts, db.name).kind !== 'none') void noticeAllTabs({ type: 'research.changed' });
  };
  Dexie.on('storagemutated', announce);
  return () => Dexie.on('storagemutated').unsubscribe(announce);
}
