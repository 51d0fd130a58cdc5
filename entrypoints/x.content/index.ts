import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/features/run-site';
import { x } from '@/utils/sites/x';

export default defineContentScript({
  matches: x.matches,
  noScriptStartedPostMessage: true,
  main: (ctx) => runSite(ctx, x),
});
