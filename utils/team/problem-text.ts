import { type MessageKey, t } from '../i18n';
import type { SharedRecordType, TeamProblem } from './records';

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
