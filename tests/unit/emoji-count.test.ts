import { describe, expect, it } from 'vitest';
import { EMOJI_TOKEN, STARTER_TEMPLATES } from '@/utils/brands/starter-templates';
import { checkDraft, GuidelinesSchema, type Rule } from '@/utils/checks';

const graphemes = (text: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)];
const emojiRule = STARTER_TEMPLATES.flatMap((template) => template.guidelines.rules).find(
  (rule): rule is Extract<Rule, { kind: 'occurrence' }> => rule.id === 'emoji-limit',
);

describe('the starter emoji limit counts emoji as the reader sees them', () => {
  it.each([
    ['a ZWJ family', '👨‍👩‍👧'],
    ['a flag (two regional indicators)', '🇩🇪'],
    ['a skin-toned hand', '👍🏽'],
    ['a keycap', '1️⃣'],
    ['a tag-sequence flag', '🏴󠁧󠁢󠁥󠁮󠁧󠁿'],
    ['a ZWJ flag with variation selectors', '🏳️‍⚧️'],
    ['a profession with skin tone', '👩🏽‍💻'],
  ])('%s is one emoji, exactly one grapheme', (_name, emoji) => {
    expect(graphemes(emoji)).toHaveLength(1);
    expect(emoji.match(new RegExp(EMOJI_TOKEN, 'gu'))).toEqual([emoji]);
  });

  it('does not count text-style symbols (™, ©) or a heart without its emoji selector', () => {
    expect('Brand™ © 2026 ❤'.match(new RegExp(EMOJI_TOKEN, 'gu'))).toBeNull();
  });

  it('flags the third emoji in a post, not the third code point', () => {
    if (!emojiRule) throw new Error('the starter pack has an emoji limit');
    const rules = GuidelinesSchema.parse({ name: 'Emoji', version: 1, rules: [emojiRule] });
    expect(checkDraft('Family day 👨‍👩‍👧 in 🇩🇪', { platform: 'linkedin', guidelines: rules })).toEqual([]);
    const text = 'Family day 👨‍👩‍👧 in 🇩🇪 👍🏽';
    const findings = checkDraft(text, { platform: 'linkedin', guidelines: rules });
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual(['👍🏽']);
  });
});
