import { describe, expect, it } from 'vitest';
import { checkDraft, type SavedPostLike } from '@/utils/checks';

const similar = (text: string, savedPosts: SavedPostLike[]) =>
  checkDraft(text, { platform: 'x', savedPosts }).filter((f) => f.ruleId === 'similar-post');

// A library as the overlay holds it: a thousand posts, most about other things, a few sharing common phrases.
const filler = Array.from({ length: 1000 }, (_, i) => ({
  id: `filler-${i}`,
  author: `@account${i}`,
  text: `Thank you so much for ${i} years together, see you at the weekend market on stall ${i % 40}!`,
}));
const rival = {
  id: 'rival-1',
  author: 'rivalco',
  text: 'Our autumn collection is here: warm wool coats, soft scarves and boots made to last all winter long.',
};

describe('the similarity rule over a whole library', () => {
  it('names the one post a draft copies among a thousand, with the copied words as its span', () => {
    const library = [...filler.slice(0, 600), rival, ...filler.slice(600)];
    const draft =
      'New in: our autumn collection is here, warm wool coats, soft scarves and boots made to last!';
    const [finding] = similar(draft, library);
    expect(finding?.message).toMatch(/^This draft is \d+% similar to @rivalco’s saved post "Our autumn/);
    expect(finding?.message).toContain('(rival-1)');
    expect(draft.slice(finding?.start, finding?.end)).toBe(
      'our autumn collection is here, warm wool coats, soft scarves and boots made to last',
    );
    // Phrases many posts share ("thank you so much for") do not make a draft a copy of any of them.
    expect(
      similar('Thank you so much for coming, it was lovely to see old friends again tonight', library),
    ).toEqual([]);
  });

  it('names the most recently saved of two posts the draft copies equally', () => {
    const older = { ...rival, id: 'older', author: 'oldco' };
    const newer = { ...rival, id: 'newer', author: 'newco' };
    expect(similar(rival.text, [newer, older])[0]?.message).toContain('@newco');
  });

  it('compares with a new list as it is, not with what an earlier list held', () => {
    const before = filler.slice(0, 200);
    expect(similar(rival.text, before)).toEqual([]);
    // A save: the overlay gets a new list with the new post first.
    const after = [rival, ...before];
    expect(similar(rival.text, after)[0]?.severity).toBe('error');
    expect(similar(rival.text, before)).toEqual([]);
  });
});
