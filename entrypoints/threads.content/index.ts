import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/features/run-site';
import { threads } from '@/utils/sites/threads';

export default defineContentScript({
  matches: threads.matches,
  noScriptStartedPostMessage: true,
  main: (ctx) => runSite(ctx, threads),
});
