import type { Check } from '../context';
import { PLATFORM_LIMITS } from '../packs/platform-limits';
import { type Finding, type Wording, worded } from '../types';

/**
 * Characters a platform refuses. X: twitter-text's `invalidChars` (U+FFFE, U+FEFF, U+FFFF) make `parseTweet`
 * report the post invalid. Everywhere: a lone surrogate (half an emoji left by a bad paste or cut) cannot be
 * sent as UTF-8, so the post would carry U+FFFD "�" in its place. Each run is an error whose fix removes it.
 */
const X_INVALID = /[\uFFFE\uFEFF\uFFFF]+/g;
const LONE_SURROGATE = /(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])+/g;
const TWITTER_TEXT = 'https://github.com/twitter/twitter-text/blob/master/js/src/regexp/invalidCharsGroup.js';
const UTF8 = 'https://www.rfc-editor.org/rfc/rfc3629#section-3';

const codes = (text: string) =>
  [...new Set(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)))]
    .map((code) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');

function findRuns(
  text: string,
  runs: RegExp,
  message: (codes: string) => string,
  wording: (codes: string) => Wording,
  source: string,
): Finding[] {
  return Array.from(text.matchAll(runs), (match) => ({
    ruleId: 'invalid-characters',
    category: 'platform' as const,
    severity: 'error' as const,
    start: match.index,
    end: match.index + match[0].length,
    message: message(codes(match[0])),
    suggestions: [''],
    source,
    wording: wording(codes(match[0])),
  }));
}

export const invalidCharacters: Check = (draft) => {
  const { text, platform } = draft;
  const name = PLATFORM_LIMITS[platform].name;
  const findings: Finding[] = [];
  if (platform === 'x' && /[\uFFFE\uFEFF\uFFFF]/.test(text)) {
    const refused = (found: string) =>
      `${name} refuses posts with this invisible character (${found}); remove it.`;
    const wording = (found: string) => worded('findingInvisibleCharacter', name, found);
    findings.push(...findRuns(text, X_INVALID, refused, wording, TWITTER_TEXT));
  }
  if (/[\uD800-\uDFFF]/.test(text)) {
    const half = (found: string) =>
      `Half of a character (${found}), left by a cut or paste: ${name} would show “�” here; remove it.`;
    const wording = (found: string) => worded('findingHalfCharacter', found, name);
    findings.push(...findRuns(text, LONE_SURROGATE, half, wording, UTF8));
  }
  return findings;
};
