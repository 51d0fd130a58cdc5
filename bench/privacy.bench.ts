import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bench, describe } from 'vitest';
import { checkDraft } from '@/utils/checks';
import { DraftContext } from '@/utils/checks/context';
import { privacyAddress } from '@/utils/checks/kinds/privacy-address';
import { privacyCard } from '@/utils/checks/kinds/privacy-card';
import { privacyEmail } from '@/utils/checks/kinds/privacy-email';
import { privacyIban } from '@/utils/checks/kinds/privacy-iban';
import { privacyOrderNumber } from '@/utils/checks/kinds/privacy-order-number';
import { privacyPhone } from '@/utils/checks/kinds/privacy-phone';
import { PRIVACY_CORPUS, PRIVACY_CORPUS_BRAND } from '../tests/unit/corpus/privacy-replies';
import { draftOf } from './drafts';

const PRIVACY_CHECKS = [
  privacyEmail,
  privacyPhone,
  privacyIban,
  privacyCard,
  privacyOrderNumber,
  privacyAddress,
];

/** 3,000 characters of customer-care replies, one in two repeating personal data: the worst realistic case. */
function repliesOf(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${PRIVACY_CORPUS[i % PRIVACY_CORPUS.length]?.text}\n\n`;
  return text.slice(0, length);
}

const replies = repliesOf(3000);
const prose = draftOf(3000);
const options = { platform: 'facebook' as const, privacy: PRIVACY_CORPUS_BRAND };
const runPrivacy = (text: string) => {
  // A fresh context per run, as every check gets: nothing is memoised across drafts.
  const draft = new DraftContext(text, options);
  for (const check of PRIVACY_CHECKS) check(draft);
};

// What the detectors add to each content script: their modules bundled and minified the way WXT ships them,
// gzipped (the budget's measure). Printed once with the bench table.
const bundled = await build({
  stdin: {
    contents: PRIVACY_CHECKS.map(
      (_, i) =>
        `export * as k${i} from './utils/checks/kinds/${
          [
            'privacy-email',
            'privacy-phone',
            'privacy-iban',
            'privacy-card',
            'privacy-order-number',
            'privacy-address',
          ][i]
        }';`,
    ).join('\n'),
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  // Shared with the rest of the engine, already in every content script.
  external: ['*/find', '*/text'],
});
const code = bundled.outputFiles[0]?.contents ?? new Uint8Array();
console.log(
  `privacy detectors: ${code.length} bytes minified, ${gzipSync(code, { level: 9 }).length} bytes gzip`,
);

const settings = { time: 3000, warmupTime: 500, warmupIterations: 20 };

describe('3,000-character draft: the privacy checks', () => {
  bench('six privacy checks, customer-care replies with personal data', () => runPrivacy(replies), settings);
  bench('six privacy checks, prose with no personal data', () => runPrivacy(prose), settings);
  bench(
    'checkDraft in full (every check), the same replies',
    () => {
      checkDraft(replies, options);
    },
    settings,
  );
});
