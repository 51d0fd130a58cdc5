// The narrow entry point keeps content-script bundles small (../shared/reference/stack.md §11).
declare module 'twitter-text/dist/esm/parseTweet' {
  export { parseTweet as default } from 'twitter-text';
}
