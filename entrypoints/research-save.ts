import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerScript } from '@/utils/features/lazy-script';
import { startOwnPostSnapshots } from '@/utils/features/own-post-snapshots';
import type { ResearchSave } from '@/utils/features/research-save';
import { startSavePost } from '@/utils/features/save-post';
import { takeSentMessages } from '@/utils/i18n';

// Injected by the background into a supported site's frame, in the content script's isolated world, once the
// page shows a feed post (utils/features/research-save.ts).
export default defineUnlistedScript(() => {
  offerScript<ResearchSave>('research-save', {
    startSavePost: (env, messages) => {
      takeSentMessages(messages);
      startSavePost(env);
    },
    startOwnPostSnapshots,
  });
});
