import { describe, expect, it } from 'vitest';
import { researchAuthors, vetCreator } from '@/utils/partners/vetting';
import { researchPost } from './research-post';

const post = (handle: string, text: string, day: number) =>
  researchPost({
    platform: 'instagram',
    author: { handle },
    text,
    publishedAt: Date.UTC(2026, 10, day),
    savedAt: Date.UTC(2026, 10, 30),
  });

// A creator's saved posts as a brand's research library holds them: a German label at the start (the
// Medienanstalten's "Werbung"), "#ad" at the start (the FTC's example of a clear label, which the
// Medienanstalten rate insufficient for a German audience), a discount code with no label, and an organic post.
const ANNA = [
  post('anna', 'Werbung | Mein neues Lieblingsserum von @glowco, seit zwei Wochen jeden Morgen.', 3),
  post('anna', '#ad Loving the new serum from @glowco, two weeks in and my skin is glowing.', 5),
  post('anna', 'Use my code ANNA20 for 20% off everything at glowco.com this weekend!', 7),
  post('anna', 'Sunset walk along the Tagus, the best part of the week.', 9),
];
const OTHERS = [post('ben', '#ad My favourite running shoes from @fastco.', 4)];

describe('vetting a creator from their saved research posts', () => {
  it('lists everyone with saved posts, most posts first', () => {
    expect(researchAuthors([...ANNA, ...OTHERS])).toEqual([
      { author: 'anna', posts: 4 },
      { author: 'ben', posts: 1 },
    ]);
  });

  it('for Germany and the EU: of three commercial posts only the one labelled "Werbung" passes', () => {
    const vetting = vetCreator([...ANNA, ...OTHERS], 'anna', ['DE', 'EU']);
    expect(vetting).toMatchObject({ author: 'anna', posts: 4, commercial: 3, accepted: 1 });
    // Newest first, each with what the composer would say about it.
    expect(vetting.notAccepted.map(({ post }) => post.text.slice(0, 12))).toEqual([
      'Use my code ',
      '#ad Loving t',
    ]);
    expect(vetting.notAccepted[1]?.findings.map((finding) => finding.ruleId)).toContain(
      'disclosure-ambiguous',
    );
  });

  it('for the US: "#ad" at the start passes too; the code with no label does not', () => {
    const vetting = vetCreator(ANNA, 'anna', ['US']);
    expect(vetting).toMatchObject({ commercial: 3, accepted: 2 });
    expect(vetting.notAccepted.map(({ post }) => post.text.slice(0, 12))).toEqual(['Use my code ']);
  });

  it('a creator with no commercial posts has nothing to vet', () => {
    expect(vetCreator(ANNA.slice(3), 'anna', ['DE'])).toMatchObject({ posts: 1, commercial: 0, accepted: 0 });
  });
});
