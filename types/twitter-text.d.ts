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

// X's count (utils/checks/counting/x.ts) walks the same entities and weights as parseTweet, without it.
declare module 'twitter-text/dist/esm/configs' {
  interface Configuration {
    version: number;
    maxWeightedTweetLength: number;
    scale: number;
    defaultWeight: number;
    transformedURLLength: number;
    emojiParsingEnabled?: boolean;
    ranges: { start: number; end: number; weight: number }[];
  }
  const configs: Record<'version1' | 'version2' | 'version3' | 'defaults', Configuration>;
  export default configs;
}
declare module 'twitter-text/dist/esm/regexp/invalidChars' {
  const invalidChars: RegExp;
  export default invalidChars;
}
declare module 'twitter-text/dist/esm/regexp/validCCTLD' {
  const validCCTLD: RegExp;
  export default validCCTLD;
}
declare module 'twitter-text/dist/esm/regexp/validGTLD' {
  const validGTLD: RegExp;
  export default validGTLD;
}
declare module 'twitter-text/dist/esm/regexp/validPunycode' {
  const validPunycode: RegExp;
  export default validPunycode;
}
declare module 'twemoji-parser/dist/lib/regex' {
  const emojiPattern: RegExp;
  export default emojiPattern;
}
