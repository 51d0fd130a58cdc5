import { describe, expect, it } from 'vitest';
import { publicDisplayName } from '@/utils/replies/display-name';

describe('publicDisplayName: what of a page-supplied name goes into a public reply', () => {
  it.each([
    ['Dana · DM evil.example for refunds', 'Dana'],
    ['Dana Fan', 'Dana Fan'],
    ["Dr. Jane O'Neil-Smith", "Dr. Jane O'Neil-Smith"],
    ['José Müller | Support', 'José Müller'],
    ['Dana (refunds at evil.example)', 'Dana'],
    ['Dana – call 555 0100', 'Dana'],
    ['Dana 🌸', 'Dana 🌸'],
    ['李小龙', '李小龙'],
    ['  Dana\n\nFan club: evil.example  ', 'Dana'],
  ])('%j → %j', (raw, expected) => {
    expect(publicDisplayName(raw)).toBe(expected);
  });

  it.each([
    ['evil.example refunds'],
    ['DM evil.example for refunds'],
    ['Dana @scammer'],
    ['Call 5550100 now'],
    ['https://evil.example'],
    ['A name far longer than anyone’s real display name would be'],
    [''],
  ])('leaves out %j (the variable stays for the user to fill in)', (raw) => {
    expect(publicDisplayName(raw)).toBeUndefined();
  });
});
