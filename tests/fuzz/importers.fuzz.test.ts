import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPack } from '@/utils/brands/guidelines-pack';
import { entriesToICalendar } from '@/utils/calendar/ical-export';
import type { Guidelines } from '@/utils/checks';
import { seededRandom } from '../shared/seeded-random';
import { calendarEntry } from '../unit/calendar-entry';
import { IsolatedImporters, isReadable, PER_INPUT_LIMIT_MS, printFigures, record } from './fuzz-harness';
import { mutateJson, mutateLines, mutateText } from './mutate';

/**
 * Guidelines packs, Vale styles and iCalendar files, each a valid file with a few structural changes, run
 * in a worker thread (a hang is stopped there and reported). Each must be imported or refused with readable
 * sentences, in under two seconds; these importers are pure, so "nothing changed" holds by construction and
 * the database side is fuzzed in database.fuzz.test.ts.
 */

/** FUZZ_SCALE=0.1 runs a tenth of the inputs, to look into a failure quickly; npm test runs them all. */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const PACK_INPUTS = Math.ceil(700 * SCALE);
const VALE_INPUTS = Math.ceil(500 * SCALE);
const ICAL_INPUTS = Math.ceil(800 * SCALE);

const EXPORTED = new Date('2026-12-01T00:00:00Z');
const guidelinesForFuzz: Guidelines = {
  name: 'Acme voice',
  version: 4,
  marks: [{ term: 'Acme', symbol: '®' }],
  rules: [
    {
      id: 'hype',
      kind: 'existence',
      message: 'No %s',
      severity: 'warning',
      ignorecase: true,
      tokens: ['synergy', 'disrupt'],
    },
    {
      id: 'names',
      kind: 'substitution',
      message: 'Write %s',
      severity: 'error',
      swap: { iphone: 'iPhone', 'e-mail': 'email' },
    },
    {
      id: 'bangs',
      kind: 'occurrence',
      message: 'Too loud',
      severity: 'info',
      token: '!',
      max: 2,
      platforms: ['x'],
    },
    {
      id: 'who',
      kind: 'conditional',
      message: '%s needs a definition',
      severity: 'warning',
      first: '\\b([A-Z]{3,5})\\b',
      second: '\\(([A-Z]{3,5})\\)',
    },
    {
      id: 'again',
      kind: 'repetition',
      message: 'Repeated %s',
      severity: 'error',
      alpha: true,
      tokens: ['\\w+'],
    },
  ] as Guidelines['rules'],
};

const VALE_FILES = [
  {
    name: 'Hype.yml',
    text: 'extends: existence\nmessage: "Avoid \'%s\'."\nlevel: warning\nignorecase: true\ntokens:\n  - synergy\n  - disruptive\n',
  },
  {
    name: 'Brands.yml',
    text: 'extends: substitution\nmessage: Use %s\nlevel: error\nswap:\n  iphone: iPhone\n  e-mail: email\n',
  },
  {
    name: 'Bangs.yml',
    text: "extends: occurrence\nmessage: Too many\nlevel: suggestion\nmax: 2\ntoken: '!'\n",
  },
  {
    name: 'Words.yml',
    text: "extends: repetition\nmessage: Repeated %s\nlevel: error\nalpha: true\ntokens:\n  - '\\w+'\n",
  },
];
const YAML_SNIPPETS = [
  '\n  - &a [x, x, x, x]\n  - &b [*a, *a, *a, *a]\n  - &c [*b, *b, *b, *b]\n',
  '\n!!js/function "function(){}"\n',
  `\n${'['.repeat(5_000)}`,
  '\nextends: capitalization\n',
  '\nlevel: fatal\n',
  "\ntokens:\n  - '(a+)+$'\n",
  "\ntokens:\n  - '(?<=a)b'\n",
  '\n\t- tab\n',
  '\n<<: {extends: existence}\n',
  '\nmax: -1\n',
];

const ICAL_BERLIN = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
  'BEGIN:VTIMEZONE',
  'TZID:W. Europe Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:launch-1@example.com',
  'SUMMARY:Launch post',
  'DTSTART;TZID=W. Europe Standard Time:20270315T090000',
  'DTEND;TZID=W. Europe Standard Time:20270315T100000',
  'CATEGORIES:Spring',
  'DESCRIPTION:Draft for X\\nHello world',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:allday@example.com',
  'SUMMARY:All-day idea',
  'DTSTART;VALUE=DATE:20270401',
  'RRULE:FREQ=WEEKLY;COUNT=3',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');
const ICAL_FILES = [
  ICAL_BERLIN,
  entriesToICalendar([
    calendarEntry(),
    calendarEntry({ id: 'e2', title: 'Teaser; with, commas\\', status: 'published', publishedAt: 5 }),
  ]),
];
const ICAL_SNIPPETS = [
  'BEGIN:VEVENT',
  'END:VEVENT',
  'END:VCALENDAR',
  'BEGIN:VTIMEZONE',
  'RRULE:FREQ=DAILY',
  'RRULE:FREQ=YEARLY;UNTIL=99991231T000000Z',
  'RRULE:FREQ=WEEKLY;COUNT=100000',
  'RRULE:FREQ=MONTHLY;BYMONTHDAY=31;COUNT=5',
  'EXDATE:20270322T090000Z',
  'RDATE:20270322T090000Z,20270323T090000Z',
  'DTSTART:20270230T250000Z',
  'DTSTART;TZID=Mars/Olympus:20270315T090000',
  'DTSTART;VALUE=DATE:2027',
  'DURATION:-P1W',
  'SUMMARY:<img src=x onerror=alert(1)>',
  `DESCRIPTION:${'x'.repeat(100_000)}`,
  ' folded continuation',
  'X-WR-TIMEZONE:Europe/Berlin',
  'ATTACH;VALUE=BINARY;ENCODING=BASE64:AAAA',
  'UID:',
];

let importers: IsolatedImporters;
beforeAll(async () => {
  importers = await IsolatedImporters.start();
});
afterAll(async () => {
  await importers.stop();
  printFigures();
});

interface Failure {
  seed: number;
  what: string;
}

/** Runs one target's inputs; returns the failures (crash, unreadable refusal, over the limit). */
async function fuzz(
  target: 'pack' | 'vale' | 'ical',
  count: number,
  input: (seed: number) => unknown,
  skip: readonly number[] = [],
): Promise<{ failures: Failure[]; hangs: number[] }> {
  const failures: Failure[] = [];
  const hangs: number[] = [];
  for (let seed = 1; seed <= count; seed++) {
    if (skip.includes(seed)) continue;
    const request = { target, input: input(seed) };
    // FUZZ_DUMP=<seed> writes that input to a file, to replay one failure by hand.
    if (process.env.FUZZ_DUMP === String(seed))
      writeFileSync(`fuzz-${target}-${seed}.json`, JSON.stringify(request.input));
    let outcome = await importers.run(request);
    // Two cores shared by a whole team: a stall of the machine is not a slow input. A real hang or a slow
    // input is slow again on a second run (in a fresh worker after a hang); only that counts.
    if (outcome.kind === 'hang' || outcome.ms > PER_INPUT_LIMIT_MS) outcome = await importers.run(request);
    if (outcome.kind === 'hang') {
      hangs.push(seed);
      continue;
    }
    if (outcome.kind === 'crash') failures.push({ seed, what: `crashed: ${outcome.messages[0]}` });
    else if (outcome.ms > PER_INPUT_LIMIT_MS)
      failures.push({ seed, what: `took ${outcome.ms.toFixed(0)} ms` });
    else if (outcome.kind === 'refused' && !outcome.messages.every(isReadable))
      failures.push({
        seed,
        what: `unreadable refusal: ${String(outcome.messages.find((m) => !isReadable(m))).slice(0, 200)}`,
      });
    else record(target, outcome.kind, outcome.ms);
  }
  return { failures, hangs };
}

describe('fuzzed imports (seeded)', () => {
  it(`guidelines packs: ${PACK_INPUTS} seeds of mutated packs, each imported or refused in sentences`, async () => {
    const bases = [
      exportPack(guidelinesForFuzz, EXPORTED),
      exportPack({ ...guidelinesForFuzz, rules: guidelinesForFuzz.rules.slice(0, 2) }, EXPORTED),
    ];
    const { failures, hangs } = await fuzz('pack', PACK_INPUTS, (seed) => {
      const random = seededRandom(seed);
      const base = random.pick(bases);
      return random.chance(0.75)
        ? JSON.stringify(mutateJson(random, JSON.parse(base)))
        : mutateText(random, base, [
            '{"__proto__":{}}',
            '"rules":[]',
            '\\u0000',
            ',,',
            '"format":"onbrand-guidelines-pack"',
          ]);
    });
    expect({ failures, hangs }).toEqual({ failures: [], hangs: [] });
  }, 600_000);

  it(`Vale styles: ${VALE_INPUTS} mutated style folders, each imported or refused in sentences`, async () => {
    const { failures, hangs } = await fuzz('vale', VALE_INPUTS, (seed) => {
      const random = seededRandom(seed);
      return VALE_FILES.filter(() => random.chance(0.7)).map((file) =>
        random.chance(0.6) ? { ...file, text: mutateText(random, file.text, YAML_SNIPPETS) } : file,
      );
    });
    expect({ failures, hangs }).toEqual({ failures: [], hangs: [] });
  }, 600_000);

  it(`iCalendar files: ${ICAL_INPUTS} seeds of mutated calendars, each imported or refused in sentences`, async () => {
    const { failures, hangs } = await fuzz('ical', ICAL_INPUTS, (seed) => {
      const random = seededRandom(seed);
      return mutateLines(random, random.pick(ICAL_FILES), ICAL_SNIPPETS);
    });
    expect({ failures, hangs }).toEqual({ failures: [], hangs: [] });
  }, 600_000);
});
