import { describe, expect, it } from 'vitest';
import { DraftContext } from '@/utils/checks/context';
import { findAll, leadingRun } from '@/utils/checks/find';
import {
  compilePattern,
  findEntities,
  isInsideEntity,
  nextIndex,
  wordCharAt,
  wordCharBefore,
} from '@/utils/checks/text';

/** The scan as it ran before starts inside a leading run were skipped: every position, left to right. */
function plainScan(text: string, source: string, ignorecase: boolean, wordBounded: boolean) {
  const regex = compilePattern(source, ignorecase, wordBounded) as RegExp;
  const entities = findEntities(text);
  const out: { start: number; end: number; text: string }[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const start = match.index;
    if (match[0].length === 0) {
      regex.lastIndex = nextIndex(text, start, regex);
      continue;
    }
    const end = start + match[0].length;
    if (wordBounded && ((wordCharAt(text, start) && wordCharBefore(text, start)) || wordCharAt(text, end))) {
      regex.lastIndex = nextIndex(text, start, regex);
      continue;
    }
    if (isInsideEntity(entities, start, end)) continue;
    out.push({ start, end, text: match[0] });
  }
  return out;
}

/** A small deterministic generator, so a failure names its seed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const PIECES = [
  'a',
  'b',
  'ab',
  ',',
  ', ',
  ' ',
  'and',
  'or',
  'x-',
  '-',
  '!',
  '?',
  '.',
  '1',
  '22',
  '\n',
  'é',
  '🧥',
  '#a',
  '@b',
  'A',
];

describe('starts inside a leading run', () => {
  it('reads the run every match starts with, and nothing when a match may start otherwise', () => {
    expect(leadingRun('(?:(?:[^\\s,]+,){1,} \\w+ (?:and|or) \\w+[.?!])')).toBe('[^\\s,]');
    expect(leadingRun('\\w+!(?:\\s|$)')).toBe('\\w');
    expect(leadingRun('(?<word>[a-z]*)x')).toBe('[a-z]');
    expect(leadingRun('(?:[a-z]+,)?x')).toBeNull();
    expect(leadingRun('(?:[a-z]+|x)y')).toBeNull();
    expect(leadingRun('a+|b')).toBeNull();
    expect(leadingRun('(\\w+) \\1')).toBeNull();
    expect(leadingRun('x\\w+')).toBeNull();
  });

  it('goes past an emoji after an empty match instead of finding it again forever', () => {
    const draft = new DraftContext('🧥 é 🧥é', { platform: 'x' });
    // `é` needs the u flag, and `(?:é)*` matches nothing before each emoji.
    expect(findAll(draft, '(?:é)*', { ignorecase: false, wordBounded: false }).map((m) => m.start)).toEqual([
      3, 7,
    ]);
  });

  it('finds exactly what the plain scan finds, at every position', () => {
    const patterns = [
      '(?:[^\\s,]+,)+ \\w+ (?:and|or) \\w+[.?!]',
      '(?:[^,]+,){1,}\\s\\w+\\s(?:and|or)',
      '\\w+!(?:\\s|$)',
      '[a-z]+[!?]{2,}',
      '\\w*-',
      '[ab]*',
      '(?:\\S+ )+or',
      '.+?b',
      '[^\\s]+\\.',
    ];
    let compared = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      let text = '';
      const length = 5 + Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      for (const source of patterns) {
        expect(leadingRun(source), source).not.toBeNull();
        for (const ignorecase of [false, true]) {
          for (const wordBounded of [false, true]) {
            const draft = new DraftContext(text, { platform: 'x' });
            const found = findAll(draft, source, { ignorecase, wordBounded }).map(({ start, end, text }) => ({
              start,
              end,
              text,
            }));
            expect(found, `${seed} ${source} ${JSON.stringify(text)}`).toEqual(
              plainScan(text, source, ignorecase, wordBounded),
            );
            compared += found.length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
