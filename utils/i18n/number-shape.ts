/**
 * How a locale writes a whole number: its ten digits, its group separator and where groups start, as
 * `Intl.NumberFormat` writes them. The first `Intl.NumberFormat` made in a page loads ICU's number data, which
 * cost 25–35 ms of the page's main thread in the start-up bench (bench/startup.pw.ts), more than the rest of
 * the content script's start-up; the badge writes its count ("0 / 3,000") as soon as a composer appears. So
 * the background, which is not a page, reads the shape from Intl once and hands it to each content script
 * with the site's status; the content script writes counts with it and needs Intl only for anything else.
 */
export interface NumberShape {
  /** The BCP 47 tag the shape was read for. */
  locale: string;
  /** The locale's digits for 0–9 ("0"…"9", "٠"…"٩"). */
  digits: string[];
  /** Between groups ("," "." "\u202f"), or "" where the locale does not group. */
  group: string;
  /** Digits in the rightmost group (3), and in each group left of it (3; 2 in Indian English). */
  primary: number;
  secondary: number;
  /** Digits the number needs beyond the first group before it is grouped at all (2: "1000" but "10.000"). */
  minimumGrouping: number;
}

/** Numbers a shape must write exactly as Intl does before it is used: every grouping length up to 10 digits. */
const PROOF_NUMBERS = [
  0, 1, 7, 42, 280, 999, 1_000, 1_250, 9_999, 10_000, 12_345, 63_206, 100_000, 123_456, 1_000_000, 1_234_567,
  12_345_678, 123_456_789, 1_234_567_890,
];

/**
 * The shape of `locale`'s whole numbers, or undefined when writing digits and groups does not give what
 * `Intl.NumberFormat` gives for it (then callers use Intl).
 */
export function numberShapeOf(locale: string): NumberShape | undefined {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale);
  } catch {
    return undefined;
  }
  const digits = Array.from({ length: 10 }, (_, digit) => format.format(digit));
  const parts = format.formatToParts(1_234_567_890);
  const integers = parts.filter((part) => part.type === 'integer').map((part) => part.value.length);
  const group = parts.find((part) => part.type === 'group')?.value ?? '';
  const primary = integers.at(-1) ?? 0;
  const secondary = integers.length > 2 ? (integers.at(-2) ?? primary) : primary;
  let minimumGrouping = 1;
  while (minimumGrouping < 4 && !hasGroup(format, 10 ** (primary + minimumGrouping - 1))) minimumGrouping++;
  const shape: NumberShape = {
    locale,
    digits,
    group: integers.length > 1 ? group : '',
    primary,
    secondary,
    minimumGrouping,
  };
  return PROOF_NUMBERS.every((value) => writeWholeNumber(value, shape) === format.format(value))
    ? shape
    : undefined;
}

function hasGroup(format: Intl.NumberFormat, value: number): boolean {
  return format.formatToParts(value).some((part) => part.type === 'group');
}

/** A non-negative safe integer in the shape's digits and groups. */
export function writeWholeNumber(value: number, shape: NumberShape): string {
  const plain = String(value);
  let grouped = plain;
  if (shape.group !== '' && plain.length >= shape.primary + shape.minimumGrouping) {
    const groups = [plain.slice(-shape.primary)];
    for (let end = plain.length - shape.primary; end > 0; end -= shape.secondary)
      groups.unshift(plain.slice(Math.max(0, end - shape.secondary), end));
    grouped = groups.join(shape.group);
  }
  // Digits are swapped after grouping: some locales' digits are two UTF-16 units, and no separator is a digit.
  const { digits } = shape;
  return digits[0] === '0' ? grouped : grouped.replace(/[0-9]/g, (digit) => digits[Number(digit)] ?? digit);
}
