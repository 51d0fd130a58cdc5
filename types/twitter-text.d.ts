// The narrow entry points keep content-script bundles small: only the modules counting needs.
declare module 'twitter-text/dist/esm/parseTweet' {
  export { parseTweet as default } from 'twitter-text';
}

// Mastodon's server finds links with twitter-text's extractor (protocol required) and rejects mentions
// followed by what twitter-text's `endMentionMatch` names; both ship in the parseTweet chunk already.
declare module 'twitter-text/dist/esm/extractUrlsWithIndices' {
  export { extractUrlsWithIndices as default } from 'twitter-text';
}
declare module 'twitter-text/dist/esm/regexp/endMentionMatch' {
  const endMentionMatch: RegExp;
  export default endMentionMatch;
}
declare module 'twitter-text/dist/esm/configs' {
  interface TweetConfig {
    version: number;
    maxWeightedTweetLength: number;
    scale: number;
    defaultWeight: number;
    emojiParsingEnabled?: boolean;
    transformedURLLength: number;
    ranges: { start: number; end: number; weight: number }[];
  }
  const configs: { defaults: TweetConfig };
  export default configs;
}
