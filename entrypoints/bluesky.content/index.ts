import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/features/run-site';
import { bluesky } from '@/utils/sites/bluesky';

export default defineContentScript({
  matches: bluesky.matches,
  noScriptStartedPostMessage: true,
  main: (ctx) => runSite(ctx, bluesky),
});
