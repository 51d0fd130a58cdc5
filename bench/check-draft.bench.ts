import { text as alexText } from 'alex';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { bench, describe } from 'vitest';
// write-good has no types; it is a CommonJS function of one string.
import writeGood from 'write-good';
import { checkDraft, defaultGuidelines, type Guidelines } from '@/utils/checks';
import { draftOf, largeGuidelines } from './drafts';

const withLargeSet: Guidelines = {
  ...defaultGuidelines,
  rules: [...defaultGuidelines.rules, ...largeGuidelines().rules],
  marks: largeGuidelines().marks,
};
const options = { guidelines: withLargeSet, jurisdictions: ['US', 'UK', 'DE'] as const };
const short = draftOf(280);
const medium = draftOf(3000);
const long = draftOf(100_000);

const harper = new LocalLinter({ binary: binaryInlined });
await harper.setup();

/** Enough samples for a stable median even on a busy machine. */
const settings = { time: 3000, warmupTime: 500, warmupIterations: 20 };

describe('3,000-character draft: OnBrand beside the peers', () => {
  bench(
    'checkDraft, defaults + 200 rules (LinkedIn)',
    () => {
      checkDraft(medium, { platform: 'linkedin', ...options, jurisdictions: [...options.jurisdictions] });
    },
    settings,
  );
  bench(
    'write-good',
    () => {
      writeGood(medium);
    },
    settings,
  );
  bench(
    'alex (text)',
    () => {
      alexText(medium);
    },
    settings,
  );
  bench(
    'harper.js (LocalLinter, wasm)',
    async () => {
      await harper.lint(medium);
    },
    settings,
  );
});

describe('checkDraft by draft length', () => {
  bench(
    '280 characters (X)',
    () => {
      checkDraft(short, { platform: 'x', ...options, jurisdictions: [...options.jurisdictions] });
    },
    settings,
  );
  bench(
    '3,000 characters (LinkedIn)',
    () => {
      checkDraft(medium, { platform: 'linkedin', ...options, jurisdictions: [...options.jurisdictions] });
    },
    settings,
  );
  bench(
    '100,000 characters (Facebook)',
    () => {
      checkDraft(long, { platform: 'facebook', ...options, jurisdictions: [...options.jurisdictions] });
    },
    settings,
  );
});
