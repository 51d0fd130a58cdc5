import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/features/run-site';
import { mastodon } from '@/utils/sites/mastodon';

export default defineContentScript({
  matches: mastodon.matches,
  noScriptStartedPostMessage: true,
  main: (ctx) => runSite(ctx, mastodon),
});
