import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/features/run-site';
import { facebook } from '@/utils/sites/facebook';

export default defineContentScript({
  matches: facebook.matches,
  noScriptStartedPostMessage: true,
  main: (ctx) => runSite(ctx, facebook),
});
