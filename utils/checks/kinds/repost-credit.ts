import type { Check } from '../context';
import { findAll } from '../find';
import { type Finding, worded } from '../types';

/** Cue words, looked up where a word starts (see findAll); the camera emoji are checked separately. */
const CUE_WORDS =
  'repost(?:ed|ing)?|regram(?:med)?|reshared?|#repost|#regram|(?:photo|video|image|pic|art|artwork|illustration|footage)s? ?(?:by|credit|:|via)|credits? ?:|h/t';
const CAMERAS = ['📸', '🎥', '📷'];
const CAMERA_CUE = /(?:📸|🎥|📷)\s*(?::|by\b|credit\b)/gu;
/** An @handle, a link, a stock library, or a capitalised name right after the cue counts as a credit. */
const CREDIT =
  /@[\p{L}\p{N}_.]{2,}|https?:\/\/|\b[a-z0-9-]+\.(?:com|net|org|io|co|art)\b|shutterstock|getty|istock|unsplash|pexels|pixabay|adobe stock/iu;
const NAME_AFTER_BY = /^\s*(?:by|:|-|–)?\s*\p{Lu}\p{L}+/u;
const CREDIT_WINDOW = 80;

/**
 * A repost without a credit near it (and, where the platform folds, before the fold). Credit is not
 * permission, so the message says so.
 */
export const repostCredit: Check = (draft) => {
  const { text, fold } = draft;
  const findings: Finding[] = [];
  // A copy: findAll results are shared through the per-draft memo.
  const cues = [...findAll(draft, CUE_WORDS, { ignorecase: true, wordBounded: true })];
  if (draft.mentions(CAMERAS)) {
    for (const match of text.matchAll(CAMERA_CUE)) {
      cues.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    }
    cues.sort((a, b) => a.start - b.start);
  }
  for (const { start, end } of cues) {
    const window = text.slice(Math.max(0, start - CREDIT_WINDOW / 2), end + CREDIT_WINDOW);
    const credited = CREDIT.test(window) || NAME_AFTER_BY.test(text.slice(end, end + 40));
    if (!credited) {
      findings.push({
        ruleId: 'repost-credit',
        category: 'copyright',
        severity: 'warning',
        start,
        end,
        message:
          'Credit the original creator (@handle or link) next to this. Credit is not permission: make sure you have it.',
        source: 'https://nausocial.medium.com/reposting-are-you-doing-it-correctly-c8071e31d0eb',
        wording: worded('findingRepostCredit'),
      });
    } else if (fold && start > fold.to) {
      findings.push({
        ruleId: 'repost-credit',
        category: 'copyright',
        severity: 'info',
        start,
        end,
        message: 'The credit is below the "…more" fold; move it into the first lines.',
        source: 'https://nausocial.medium.com/reposting-are-you-doing-it-correctly-c8071e31d0eb',
        wording: worded('findingRepostCreditFold'),
      });
    }
    if (findings.length >= 5) break;
  }
  return findings;
};
