import type { Check } from '../context';
import { type Finding, worded } from '../types';

const DISEASE_CLAIM =
  /\b(?:cures?|cured|treats?|prevents?|heals?|reverses?|fights?|eliminates?|heilt|guérit|soigne)\b[^.!?\n]{0,40}?\b(?:cancer|diabetes|covid|flu|colds?|anxiety|depression|arthritis|eczema|acne|insomnia|disease|infections?|illness|inflammation|high blood pressure|hypertension|alzheimer'?s|adhd|obesity|migraines?|krebs|krankheit|maladie)\b/giu;
const PUFFERY =
  /\b(?:clinically proven|scientifically proven|doctor[- ]recommended|miracle (?:cure|product|supplement)|detox(?:es|ify|ifies)?|boosts? (?:your )?immun\w*|melts? fat|burns? fat fast)\b/giu;

/** Food and supplement claims to prevent, treat or cure disease, and unproven health puffery. */
const KEYWORDS = [
  'cur',
  'treat',
  'prevent',
  'heal',
  'heil',
  'revers',
  'fight',
  'eliminat',
  'guérit',
  'soigne',
  'proven',
  'recommended',
  'miracle',
  'detox',
  'immun',
  'fat',
];

export const healthClaim: Check = (draft) => {
  if (!draft.mentions(KEYWORDS)) return [];
  const findings: Finding[] = [];
  for (const [pattern, key, message] of [
    [
      DISEASE_CLAIM,
      'findingHealthDisease',
      'A claim that a product prevents, treats or cures a disease is banned for foods and supplements (UK/EU) and needs proof everywhere.',
    ],
    [
      PUFFERY,
      'findingHealthPuffery',
      'A health claim like this needs evidence you can show; soften it or cite the study.',
    ],
  ] as const) {
    for (const match of draft.text.matchAll(pattern)) {
      findings.push({
        ruleId: 'health-claim',
        category: 'claims',
        severity: 'warning',
        start: match.index,
        end: match.index + match[0].length,
        message,
        source: 'https://asa.org.uk/advice-online/food-disease-prevention-and-treatment-claims.html',
        wording: worded(key),
      });
      if (findings.length >= 5) return findings;
    }
  }
  return findings;
};
