import type { Check } from '../context';
import { type Finding, worded } from '../types';

const STOCK =
  /shutterstock(?:_\d+|\.com)|gettyimages|istockphoto|stock\.adobe\.com|depositphotos|dreamstime|\b123rf\b|\balamy\b|\b(?:photo|image|pic|picture|bild|foto)s?\b[^\n]{0,30}?\b(?:unsplash|pexels|pixabay)\b|\b(?:unsplash|pexels|pixabay)\.com/giu;

/** A stock-photo source in the draft: a reminder that the licence must cover social and commercial use. */
const KEYWORDS = [
  'shutterstock',
  'getty',
  'istock',
  'stock.adobe',
  'depositphotos',
  'dreamstime',
  '123rf',
  'alamy',
  'unsplash',
  'pexels',
  'pixabay',
];

export const stockPhoto: Check = (draft) => {
  if (!draft.mentions(KEYWORDS)) return [];
  const findings: Finding[] = [];
  for (const match of draft.text.matchAll(STOCK)) {
    findings.push({
      ruleId: 'stock-photo',
      category: 'copyright',
      severity: 'info',
      start: match.index,
      end: match.index + match[0].length,
      message:
        'Stock image: confirm the licence covers social and commercial use, and credit it if the licence asks.',
      wording: worded('findingStockPhoto'),
    });
    if (findings.length >= 3) break;
  }
  return findings;
};
