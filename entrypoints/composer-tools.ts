import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { COMPOSER_TOOLS } from '@/utils/features/composer-tools-offer';
import { offerScript } from '@/utils/features/lazy-script';

// Injected by the background into a supported site's frame, in the content script's isolated world, when the
// user comes to a composer there (utils/features/lazy-script.ts says why).
export default defineUnlistedScript(() => {
  offerScript('composer-tools', COMPOSER_TOOLS);
});
