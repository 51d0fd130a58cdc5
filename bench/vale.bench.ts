import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { bench, describe } from 'vitest';
// write-good has no types; it is a CommonJS function of one string.
import writeGood from 'write-good';
import { importValeStyle, type ValeFile } from '@/utils/brands/vale-import';
import { checkDraft, type Guidelines, validateGuidelines } from '@/utils/checks';
import { draftOf } from './drafts';

/** The Microsoft, Google and proselint styles as published (tests/conformance/vale-styles). */
function styleFiles(style: string): ValeFile[] {
  const dir = join('tests/conformance/vale-styles', style, style);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

const taken: string[] = [];
const rules = ['Microsoft', 'Google', 'proselint'].flatMap((style) => {
  const imported = importValeStyle(styleFiles(style), taken).rules;
  taken.push(...imported.map((rule) => rule.id));
  return imported;
});
const validated = validateGuidelines({ name: 'Vale styles', rules });
if (!validated.ok) throw new Error(`the styles do not validate: ${validated.errors[0]?.message}`);
const styles: Guidelines = validated.guidelines;
console.log(`Vale styles loaded: ${styles.rules.length} rules (Microsoft, Google, proselint)`);

const draft = draftOf(3000);
const harper = new LocalLinter({ binary: binaryInlined });
await harper.setup();

const settings = { time: 3000, warmupTime: 500, warmupIterations: 20 };

describe('3,000-character draft with the Microsoft, Google and proselint styles', () => {
  bench(
    'checkDraft with the three Vale styles (LinkedIn)',
    () => {
      checkDraft(draft, { platform: 'linkedin', guidelines: styles });
    },
    settings,
  );
  bench(
    'write-good',
    () => {
      writeGood(draft);
    },
    settings,
  );
  bench(
    'harper.js (LocalLinter, wasm)',
    async () => {
      await harper.lint(draft);
    },
    settings,
  );
});

describe('compiling a brand: the three styles from their files to the first check', () => {
  bench(
    'import + validate + first checkDraft (fresh rule objects)',
    () => {
      const fresh = ['Microsoft', 'Google', 'proselint'].flatMap(
        (style) => importValeStyle(styleFiles(style)).rules,
      );
      const result = validateGuidelines({
        name: 'Vale styles',
        rules: fresh.map((rule, i) => ({ ...rule, id: `${rule.id}-${i}` })),
      });
      if (!result.ok) throw new Error('invalid');
      checkDraft(draft, { platform: 'linkedin', guidelines: result.guidelines });
    },
    { time: 3000, iterations: 5 },
  );
  bench(
    'validate the stored guidelines again (verdicts cached)',
    () => {
      validateGuidelines(styles);
    },
    { time: 2000, iterations: 5 },
  );
});
