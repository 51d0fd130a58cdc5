import type { Check } from '../context';
import { analyseDisclosure, findWords, isCommercial, quote } from '../disclosure';
import { FR_IMAGE_MENTIONS } from '../packs/promotion-rules';
import { type Finding, worded } from '../types';

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
    const [cue] = findWords(draft, need.cue);
    if (!cue || findWords(draft, need.mention).length > 0) continue;
    findings.push({
      ruleId: 'image-mention',
      category: 'disclosure',
      severity: 'error',
      start: cue.start,
      end: cue.end,
      message: `France (loi 2023-451): add « ${need.label} » to the image and the caption.${quote(source)}`,
      suggestions: [`${cue.text} (${need.label})`],
      source: source.url,
      wording: worded('findingImageMention', need.label, source.doc, source.says),
    });
  }
  return findings;
};
