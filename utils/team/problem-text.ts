import { listOf, type MessageKey, plural, t } from '../i18n';
import type { SharedRecordType, TeamProblem, TeamStatus } from './records';

/** Why team sync stopped, as Settings → Team says it in the UI language: what, why, and what to do. */

/** Per kind of record, what its refused change and refused deletion mean, and what the user can do. */
const REFUSED_RECORD: Record<SharedRecordType, { change: MessageKey; deletion: MessageKey }> = {
  brand: { change: 'teamProblemRefusedBrand', deletion: 'teamProblemRefusedBrandDeletion' },
  savedReply: { change: 'teamProblemRefusedReply', deletion: 'teamProblemRefusedReplyDeletion' },
  researchPost: { change: 'teamProblemRefusedPost', deletion: 'teamProblemRefusedPostDeletion' },
};

function refusedMessage(problem: TeamProblem): MessageKey {
  if (!problem.record) return 'teamProblemRefused';
  return REFUSED_RECORD[problem.record][problem.deletion ? 'deletion' : 'change'];
}

export function problemText(problem: TeamProblem): string {
  switch (problem.code) {
    case 'credentials':
      return t('teamProblemCredentials');
    case 'access':
      return t('teamProblemAccess', problem.detail ?? '');
    case 'missing':
      return t('teamProblemMissing');
    case 'http':
      return t('teamProblemHttp', problem.detail ?? '');
    case 'unreachable':
      return t('teamProblemUnreachable');
    case 'refused':
      return t(refusedMessage(problem), problem.title ?? '', problem.detail ?? '');
  }
}

/** Per kind of row, how Settings → Team counts its conflicts ("2 saved replies"). */
const CONFLICT_COUNTS = {
  calendarEntry: 'teamConflictsEntries',
  brand: 'teamConflictsBrands',
  savedReply: 'teamConflictsReplies',
  researchPost: 'teamConflictsPosts',
} as const satisfies Record<keyof NonNullable<TeamStatus['conflictsByKind']>, string>;

/**
 * What waits for a choice between two versions, each kind named ("1 calendar entry and 2 saved replies"), or
 * undefined when nothing does. A status written before the kinds were counted has calendar entries only.
 */
export function conflictsText(status: TeamStatus): string | undefined {
  const byKind = status.conflictsByKind ?? {
    calendarEntry: status.conflicts ?? 0,
    brand: 0,
    savedReply: 0,
    researchPost: 0,
  };
  const parts = (Object.keys(CONFLICT_COUNTS) as (keyof typeof CONFLICT_COUNTS)[])
    .filter((kind) => byKind[kind] > 0)
    .map((kind) => plural(CONFLICT_COUNTS[kind], byKind[kind]));
  return parts.length === 0 ? undefined : t('teamConflicts', listOf(parts));
}
