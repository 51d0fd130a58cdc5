import type { OnBrandDatabase } from '@/utils/db/database';
import { repliesRepository } from '@/utils/db/replies';
import { settingsRepository } from '@/utils/db/settings';
import type { Handlers } from '../router';

type RepliesHandlers = Pick<Handlers, 'replies.list' | 'replies.used'>;

export function repliesHandlers(db: OnBrandDatabase): RepliesHandlers {
  const replies = repliesRepository(db);
  const settings = settingsRepository(db);
  return {
    'replies.list': async ({ platform }, _sender, { site: senderSite }) => {
      // A content script on x.com gets X's replies, not LinkedIn's; extension pages may ask for any.
      if (senderSite && senderSite.id !== platform) {
        throw new Error(`A page on ${senderSite.name} can only list replies for ${senderSite.name}.`);
      }
      const [list, myName] = await Promise.all([replies.forPlatform(platform), settings.read('myName')]);
      return { replies: list, myName };
    },
    'replies.used': async ({ id }) => {
      const reply = await replies.recordUse(id);
      return reply?.lastUsedAt === undefined
        ? null
        : { usageCount: reply.usageCount, lastUsedAt: reply.lastUsedAt };
    },
  };
}
