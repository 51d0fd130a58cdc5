import type { Check } from '../context';
import { analyseDisclosure, quote } from '../disclosure';
import { IN_VDA } from '../packs/promotion-rules';

/**
 * India: an advertisement for crypto or NFTs (a paid post or the brand's own) must carry ASCI's VDA
 * disclaimer word for word; the suggestion appends it.
 */
export const cryptoDisclaimer: Check = (draft) => {
  if (!draft.jurisdictions.includes('IN') || analyseDisclosure(draft).commerciality === 'none') return [];
  const cue = IN_VDA.cue.exec(draft.text);
  if (!cue || IN_VDA.present.test(draft.text)) return [];
  const word = draft.text.slice(cue.index, cue.index + cue[0].length);
  return [
    {
      ruleId: 'crypto-disclaimer',
      category: 'disclosure',
      severity: 'error',
      start: cue.index,
      end: cue.index + cue[0].length,
      message: `India (ASCI): an ad for virtual digital assets needs the disclaimer “${IN_VDA.disclaimer}”${quote(IN_VDA.source)}`,
      suggestions: [`${word} (${IN_VDA.disclaimer})`],
      source: IN_VDA.source.url,
    },
  ];
};
