import type { Check } from '../context';
import { analyseDisclosure, quote } from '../disclosure';
import { findAll } from '../find';
import { IN_VDA } from '../packs/promotion-rules';

/**
 * India: an advertisement for crypto or NFTs (a paid post or the brand's own) must carry ASCI's VDA
 * disclaimer word for word; the suggestion appends it.
 */
const WORDS = { ignorecase: true, wordBounded: true };

export const cryptoDisclaimer: Check = (draft) => {
  if (!draft.jurisdictions.includes('IN') || analyseDisclosure(draft).commerciality === 'none') return [];
  const [cue] = findAll(draft, IN_VDA.cue, WORDS);
  if (!cue || findAll(draft, IN_VDA.present, WORDS).length > 0) return [];
  return [
    {
      ruleId: 'crypto-disclaimer',
      category: 'disclosure',
      severity: 'error',
      start: cue.start,
      end: cue.end,
      message: `India (ASCI): an ad for virtual digital assets needs the disclaimer “${IN_VDA.disclaimer}”${quote(IN_VDA.source)}`,
      suggestions: [`${cue.text} (${IN_VDA.disclaimer})`],
      source: IN_VDA.source.url,
    },
  ];
};
