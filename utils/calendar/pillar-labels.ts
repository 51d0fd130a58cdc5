import { type MessageKey, t } from '../i18n';
import { isStandardPillar, type StandardPillar } from './content-mix';

const STANDARD_PILLAR_LABELS: Record<StandardPillar, MessageKey> = {
  promotional: 'planPillarPromotional',
  educational: 'planPillarEducational',
  entertaining: 'planPillarEntertaining',
  community: 'planPillarCommunity',
  'user-generated': 'planPillarUserGenerated',
};

/** A pillar as the user reads it: a standard one in the UI language, one of the brand's own as named. */
export function pillarLabel(value: string): string {
  return isStandardPillar(value) ? t(STANDARD_PILLAR_LABELS[value]) : value;
}
