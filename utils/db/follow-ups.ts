import { t } from '../i18n';
import type { OnBrandDatabase } from './database';
import { FOLLOW_UP_EXCERPT_MAX, type FollowUp, FollowUpSchema } from './follow-up-records';
import { describeInputProblems } from './input-problems';
import { RecordInputError, TableRepository } from './table-repository';

/** What the follow-up form on a feed post sends. */
export type NewFollowUp = Pick<FollowUp, 'platform' | 'url' | 'postId' | 'author' | 'note' | 'dueAt'> & {
  /** The post's text; only its start is kept. */
  text: string;
};

/** The post's text in one line, cut at a word near the limit. */
export function excerptOf(text: string, max = FOLLOW_UP_EXCERPT_MAX): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

export function followUpsRepository(db: OnBrandDatabase) {
  const repository = new TableRepository<FollowUp>(db.followUps, FollowUpSchema);

  /** Changes one stored follow-up; a follow-up deleted meanwhile is an error the user reads. */
  const change = async (id: string, edit: (followUp: FollowUp) => FollowUp): Promise<FollowUp> =>
    db.transaction('rw', db.followUps, async () => {
      const stored = await repository.get(id);
      if (!stored) throw new RecordInputError(t('followUpGone'));
      return repository.put(edit(stored));
    });

  return Object.assign(repository, {
    /**
     * Saves a follow-up. A post has at most one open follow-up: saving it again moves that one's due time and
     * note instead of adding a second reminder.
     */
    async add(input: NewFollowUp, now = Date.now()): Promise<FollowUp> {
      return db.transaction('rw', db.followUps, async () => {
        const existing = repository
          .parseMany(await db.followUps.where('url').equals(input.url).toArray())
          .find((followUp) => followUp.status === 'open');
        const { text, ...rest } = input;
        const followUp: FollowUp = {
          ...rest,
          id: existing?.id ?? crypto.randomUUID(),
          note: input.note.trim(),
          excerpt: excerptOf(text),
          status: 'open',
          createdAt: existing?.createdAt ?? now,
        };
        if (followUp.postId === undefined) delete followUp.postId;
        const valid = FollowUpSchema.safeParse(followUp);
        if (!valid.success)
          throw new RecordInputError(
            describeInputProblems(valid.error.issues, { note: 'followUpNote', dueAt: 'followUpDue' }),
          );
        await db.followUps.put(valid.data);
        return valid.data;
      });
    },

    /** Every open follow-up (sorting is the caller's: utils/follow-ups/schedule.ts `openByDueTime`). */
    async open(): Promise<FollowUp[]> {
      return repository.parseMany(await db.followUps.where('status').equals('open').toArray());
    },

    async done(id: string, now = Date.now()): Promise<FollowUp> {
      return change(id, (followUp) => ({ ...followUp, status: 'done', doneAt: now }));
    },

    /** Brings the follow-up back at `until`: a new reminder then, whatever was reminded before. */
    async snooze(id: string, until: number): Promise<FollowUp> {
      return change(id, ({ remindedAt: _, ...followUp }) => ({ ...followUp, snoozedUntil: until }));
    },

    /** The reminder for its current time was shown. */
    async reminded(id: string, at: number): Promise<FollowUp> {
      return change(id, (followUp) => ({ ...followUp, remindedAt: at }));
    },
  });
}

export type FollowUpsRepository = ReturnType<typeof followUpsRepository>;
