import type { Check } from '../context';
import { analyseDisclosure, findWords, quote } from '../disclosure';
import { IN_VDA } from '../packs/promotion-rules';
import { worded } from '../types';

/**
 * India: an advertisement for crypto or NFTs (a paid post or the brand's own) must carry ASCI's VDA
 * disclaimer word for word; the suggestion appends it.
 */
export const cryptoDisclaimer: Check = (draft) => {
  if (!draft.jurisdictions.includes('IN') || analyseDisclosure(draft).commerciality === 'none') return [];
  const [cue] = findWords(draft, IN_VDA.cue);
  if (!cue || findWords(draft, IN_VDA.present).length > 0) return [];
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
      wording: worded('findingCryptoDisclaimer', IN_VDA.disclaimer, IN_VDA.source.doc, IN_VDA.source.says),
    },
  ];
};
