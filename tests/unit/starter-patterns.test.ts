import { describe, expect, it } from 'vitest';
import { EMOJI_TOKEN, STARTER_TEMPLATES } from '@/utils/brands/starter-templates';
import { checkDraft, type Guidelines, GuidelinesSchema } from '@/utils/checks';
import { brandsRepository, newBrand } from '@/utils/db/brands';
import type { Brand } from '@/utils/db/records';
import { freshDatabaseEachTest } from '../shared/fresh-database';

// The starter "Professional" rules as a brand made before 2026-12-02 stored them: the emoji limit's pattern
// was `\p{Extended_Pictographic}` (starter-templates.ts at 3ed7249^), which counts a ZWJ family as three
// emoji and a flag as none.
const OLD_TOKEN = String.raw`\p{Extended_Pictographic}`;
const starter = STARTER_TEMPLATES.find((template) =>
  template.guidelines.rules.some((rule) => rule.id === 'emoji-limit'),
);
if (!starter) throw new Error('a starter template has the emoji limit');
const withEmojiToken = (guidelines: Guidelines, token: string, max = 2): Guidelines => ({
  ...guidelines,
  rules: guidelines.rules.map((rule) =>
    rule.id === 'emoji-limit' && rule.kind === 'occurrence' ? { ...rule, token, max } : rule,
  ),
});
const emojiRuleOf = (brand: Brand | undefined) =>
  brand?.guidelines.rules.find((rule) => rule.id === 'emoji-limit');

const db = freshDatabaseEachTest('starter-patterns-test');

/** A row as an older version stored it, written straight into the table (no repository, no migration). */
async function storeOld(id: string, guidelines: Guidelines): Promise<void> {
  await db().brands.put({ ...newBrand(id, guidelines, 1), id });
}

const DRAFT = 'Family day 👨‍👩‍👧 in 🇩🇪';
const emojiFindings = (brand: Brand | undefined) =>
  checkDraft(DRAFT, {
    platform: 'linkedin',
    guidelines: GuidelinesSchema.parse(brand?.guidelines),
  }).filter((finding) => finding.ruleId.endsWith('emoji-limit'));

describe('brands made from an older starter get its current emoji pattern on read', () => {
  it('replaces the unedited old pattern: two emoji (a family, a flag) are no longer three', async () => {
    await storeOld('old', withEmojiToken(starter.guidelines, OLD_TOKEN));
    // What the old pattern did to the user: a finding on a post with two emoji.
    const raw = (await db().brands.get('old')) as Brand;
    expect(emojiFindings(raw)).toHaveLength(1);

    const read = await brandsRepository(db()).get('old');
    expect(emojiRuleOf(read)).toMatchObject({ token: EMOJI_TOKEN, max: 2 });
    expect(emojiFindings(read)).toEqual([]);
    // Every other rule is as stored.
    expect(read?.guidelines.rules.filter((rule) => rule.id !== 'emoji-limit')).toEqual(
      raw.guidelines.rules.filter((rule) => rule.id !== 'emoji-limit'),
    );
  });

  it('keeps the user’s own edits to the rule (its limit) and migrates the EMod spelling too', async () => {
    const emod = EMOJI_TOKEN.replaceAll('Emoji_Modifier', 'EMod');
    await storeOld('emod', withEmojiToken(starter.guidelines, emod, 5));
    expect(emojiRuleOf(await brandsRepository(db()).get('emod'))).toMatchObject({
      token: EMOJI_TOKEN,
      max: 5,
    });
  });

  it('leaves a pattern the user edited, and a rule of another id with the old text, as they are', async () => {
    const edited = `${OLD_TOKEN}|:\\w+:`;
    await storeOld('edited', withEmojiToken(starter.guidelines, edited));
    const other: Guidelines = {
      name: 'Own',
      version: 1,
      marks: [],
      rules: [
        { id: 'pictographs', kind: 'occurrence', message: 'Few', severity: 'info', token: OLD_TOKEN, max: 3 },
      ],
    };
    await storeOld('other', other);
    const brands = brandsRepository(db());
    expect(emojiRuleOf(await brands.get('edited'))).toMatchObject({ token: edited });
    expect((await brands.get('other'))?.guidelines).toEqual(other);
  });

  it('is idempotent: reading again, listing, and saving and reading back give the same brand', async () => {
    await storeOld('old', withEmojiToken(starter.guidelines, OLD_TOKEN));
    const brands = brandsRepository(db());
    const first = await brands.get('old');
    expect(await brands.get('old')).toEqual(first);
    expect((await brands.list()).find((brand) => brand.id === 'old')).toEqual(first);
    if (!first) throw new Error('the brand is stored');
    await brands.save(first);
    const stored = (await db().brands.get('old')) as Brand;
    expect(emojiRuleOf(stored)).toMatchObject({ token: EMOJI_TOKEN });
    expect(await brands.get('old')).toEqual(first);
  }, 30_000);
});
