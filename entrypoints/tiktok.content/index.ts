import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/features/run-site';
import { tiktok } from '@/utils/sites/tiktok';

export default defineContentScript({
  matches: tiktok.matches,
  noScriptStartedPostMessage: true,
  main: (ctx) => runSite(ctx, tiktok),
});
