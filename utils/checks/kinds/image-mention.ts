import type { Check } from '../context';
import { analyseDisclosure, isCommercial, quote } from '../disclosure';
import { FR_IMAGE_MENTIONS } from '../packs/promotion-rules';
import type { Finding } from '../types';

/**
 * France: a commercial post that says its image was filtered, retouched or AI-generated needs the mention
 * « Images retouchées » or « Image virtuelle » (loi 2023-451 art. 5). OnBrand sees only the caption, so the
 * finding fires on what the caption says about the image.
 */
export const imageMention: Check = (draft) => {
  if (!draft.jurisdictions.includes('FR') || !isCommercial(analyseDisclosure(draft))) return [];
  const { source } = FR_IMAGE_MENTIONS;
  const findings: Finding[] = [];
  for (const need of [FR_IMAGE_MENTIONS.retouched, FR_IMAGE_MENTIONS.virtual]) {
    const cue = need.cue.exec(draft.text);
    if (!cue || need.mention.test(draft.text)) continue;
    findings.push({
      ruleId: 'image-mention',
      category: 'disclosure',
      severity: 'error',
      start: cue.index,
      end: cue.index + cue[0].length,
      message: `France (loi 2023-451): add « ${need.label} » to the image and the caption.${quote(source)}`,
      suggestions: [`${draft.text.slice(cue.index, cue.index + cue[0].length)} (${need.label})`],
      source: source.url,
    });
  }
  return findings;
};
