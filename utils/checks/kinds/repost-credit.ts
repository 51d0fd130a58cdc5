import type { Check } from '../context';
import type { Finding } from '../types';

const REPOST_CUE =
  /\b(?:repost(?:ed|ing)?|regram(?:med)?|reshared?)\b|#(?:repost|regram)\b|(?:📸|🎥|📷)\s*(?::|by\b|credit\b)|\b(?:photo|video|image|pic|art(?:work)?|illustration|footage)s?\s*(?:by|credit|:|via)|\bcredits?\s*:|\bh\/t\b/giu;
/** An @handle, a link, a stock library, or a capitalised name right after the cue counts as a credit. */
const CREDIT =
  /@[\p{L}\p{N}_.]{2,}|https?:\/\/|\b[a-z0-9-]+\.(?:com|net|org|io|co|art)\b|shutterstock|getty|istock|unsplash|pexels|pixabay|adobe stock/iu;
const NAME_AFTER_BY = /^\s*(?:by|:|-|–)?\s*\p{Lu}\p{L}+/u;
const CREDIT_WINDOW = 80;

/**
 * A repost without a credit near it (and, where the platform folds, before the fold). Credit is not
 * permission, so the message says so.
 */
const KEYWORDS = [
  'repost',
  'regram',
  'reshare',
  '📸',
  '🎥',
  '📷',
  'photo',
  'video',
  'image',
  'pic',
  'art',
  'illustration',
  'footage',
  'credit',
  'h/t',
];

export const repostCredit: Check = (draft) => {
  if (!draft.mentions(KEYWORDS)) return [];
  const { text, fold } = draft;
  const findings: Finding[] = [];
  REPOST_CUE.lastIndex = 0;
  for (const cue of text.matchAll(REPOST_CUE)) {
    const start = cue.index;
    const end = start + cue[0].length;
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
      });
    }
    if (findings.length >= 5) break;
  }
  return findings;
};
