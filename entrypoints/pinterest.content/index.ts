import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/features/run-site';
import { pinterest } from '@/utils/sites/pinterest';

export default defineContentScript({
  matches: pinterest.matches,
  noScriptStartedPostMessage: true,
  main: (ctx) => runSite(ctx, pinterest),
});
