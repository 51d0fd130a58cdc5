// The research library's disclosure filter (utils/research/disclosure.ts) over 50,000 varied saved posts: a
// first use, when every post is analysed (each iteration gets new post objects; copying them is timed on its
// own row), and the filter used again on the same posts, as a search with the filter on does per keystroke.
import { bench, describe } from 'vitest';
import { hasDisclosure, looksSponsoredUndisclosed } from '@/utils/research/disclosure';
import { libraryPosts } from '../tests/shared/library-posts';

const COUNT = 50_000;
const posts = libraryPosts(COUNT);
const settings = { time: 3000, warmupTime: 300, warmupIterations: 2 };

describe(`disclosure filter over ${COUNT.toLocaleString('en')} saved posts`, () => {
  bench(
    'first use: hasDisclosure on every post (incl. copying them)',
    () => {
      for (const post of posts.map((p) => ({ ...p }))) hasDisclosure(post);
    },
    settings,
  );
  bench(
    'first use: looksSponsoredUndisclosed on every post (incl. copying them)',
    () => {
      for (const post of posts.map((p) => ({ ...p }))) looksSponsoredUndisclosed(post);
    },
    settings,
  );
  bench(
    'copying the posts alone',
    () => {
      posts.map((p) => ({ ...p }));
    },
    settings,
  );
  bench(
    'used again: hasDisclosure on every post',
    () => {
      for (const post of posts) hasDisclosure(post);
    },
    settings,
  );
});
