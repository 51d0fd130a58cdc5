import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/features/run-site';
import { instagram } from '@/utils/sites/instagram';

export default defineContentScript({
  matches: instagram.matches,
  noScriptStartedPostMessage: true,
  main: (ctx) => runSite(ctx, instagram),
});
