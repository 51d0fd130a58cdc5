import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/features/run-site';
import { linkedin } from '@/utils/sites/linkedin';

export default defineContentScript({
  matches: linkedin.matches,
  noScriptStartedPostMessage: true,
  main: (ctx) => runSite(ctx, linkedin),
});
