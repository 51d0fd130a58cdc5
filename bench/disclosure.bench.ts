// Sponsor-disclosure analysis on a 3,000-character draft: the disclosure kinds alone (all six markets and
// one), the shared analysis they read, and the whole checkDraft beside them for scale. Target: the
// disclosure analysis ≤ 0.5 ms median.
import { bench, describe } from 'vitest';
import { checkDraft, type Jurisdiction } from '@/utils/checks';
import { DraftContext } from '@/utils/checks/context';
import { analyseDisclosure } from '@/utils/checks/disclosure';
import { bannedPromotion } from '@/utils/checks/kinds/banned-promotion';
import { cryptoDisclaimer } from '@/utils/checks/kinds/crypto-disclaimer';
import { disclosureAmbiguous } from '@/utils/checks/kinds/disclosure-ambiguous';
import { disclosureMissing } from '@/utils/checks/kinds/disclosure-missing';
import { disclosurePlacement } from '@/utils/checks/kinds/disclosure-placement';
import { imageMention } from '@/utils/checks/kinds/image-mention';
import { draftOf } from './drafts';

const text = draftOf(3000);
const ALL: Jurisdiction[] = ['US', 'UK', 'DE', 'FR', 'EU', 'IN'];
const KINDS = [
  disclosureMissing,
  disclosureAmbiguous,
  disclosurePlacement,
  bannedPromotion,
  imageMention,
  cryptoDisclaimer,
];

/** Each sample checks a fresh draft, as a keystroke does: nothing is cached across samples. */
function disclosureFindings(jurisdictions: Jurisdiction[]) {
  const draft = new DraftContext(text, { platform: 'instagram', jurisdictions, relationship: 'paid' });
  return KINDS.flatMap((kind) => kind(draft));
}

const settings = { time: 3000, warmupTime: 500, warmupIterations: 20 };

describe('disclosure analysis, 3,000-character draft', () => {
  bench('disclosure kinds, all six markets', () => void disclosureFindings(ALL), settings);
  bench('disclosure kinds, US only', () => void disclosureFindings(['US']), settings);
  bench(
    'shared analysis only (labels, denials, signals)',
    () => void analyseDisclosure(new DraftContext(text, { platform: 'instagram', relationship: 'unknown' })),
    settings,
  );
  bench(
    'whole checkDraft, default guidelines, all six markets (for scale)',
    () => void checkDraft(text, { platform: 'instagram', jurisdictions: ALL }),
    settings,
  );
});
