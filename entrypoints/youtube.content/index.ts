import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/features/run-site';
import { youtube } from '@/utils/sites/youtube';

export default defineContentScript({
  matches: youtube.matches,
  noScriptStartedPostMessage: true,
  main: (ctx) => runSite(ctx, youtube),
});
