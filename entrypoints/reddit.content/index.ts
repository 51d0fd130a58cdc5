import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/features/run-site';
import { reddit } from '@/utils/sites/reddit';

export default defineContentScript({
  matches: reddit.matches,
  noScriptStartedPostMessage: true,
  main: (ctx) => runSite(ctx, reddit),
});
