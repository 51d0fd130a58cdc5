/**
 * IBAN length per country, from SWIFT's IBAN Registry (4 characters of country code and check digits plus
 * the BBAN length the registry gives), as python-stdnum transcribes it in stdnum/iban.dat. Grouped by length
 * to keep the table small in the content scripts; docs/privacy.md names the revision.
 */
const BY_LENGTH: Record<number, string> = {
  15: 'NO',
  16: 'BE',
  18: 'DKFIFKFOGLNLSD',
  19: 'MKSI',
  20: 'ATBAEEKZLTLUMNXK',
  21: 'CHHRLILV',
  22: 'BGBHCRDEGBGEIEMERSVA',
  23: 'AEGIILIQOMSOTL',
  24: 'ADCZESMDPKROSASESKTNVG',
  25: 'LYPTST',
  26: 'ISTR',
  27: 'BIDJFRGRITMCMRSM',
  28: 'ALAZBYCYDOGTHNHULBNIPLSV',
  29: 'BREGPSQAUA',
  30: 'JOKWMUYE',
  31: 'MTSC',
  32: 'LC',
  33: 'RU',
};

export const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(BY_LENGTH).flatMap(([length, codes]) =>
    (codes.match(/../g) ?? []).map((code) => [code, Number(length)] as const),
  ),
);
