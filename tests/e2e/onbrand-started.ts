import { type CDPSession, expect, type Page } from '@playwright/test';

/**
 * Resolves once OnBrand's content script in the page's main frame has started (`site.status` answered, the
 * features started, the composers found). run-site.ts puts that promise on the content script's isolated
 * world, which the page cannot read but DevTools' protocol can: Chromium names that world after the
 * extension. Lets a test say "nothing is shown yet" only once something could have been.
 */
export async function onBrandStarted(page: Page, session?: CDPSession): Promise<void> {
  const cdp = session ?? (await page.context().newCDPSession(page));
  const contexts = new Map<string, number>();
  const seen = ({ context }: { context: { id: number; name: string; auxData?: unknown } }) => {
    const aux = context.auxData as { type?: string; frameId?: string } | undefined;
    if (aux?.type === 'isolated' && context.name === 'OnBrand' && aux.frameId)
      contexts.set(aux.frameId, context.id);
  };
  cdp.on('Runtime.executionContextCreated', seen);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    // Enabling reports every context that exists already; a content script not yet injected comes later.
    await cdp.send('Runtime.enable');
    await expect
      .poll(() => contexts.get(frameTree.frame.id), { message: "OnBrand's isolated world in the page" })
      .toBeDefined();
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: contexts.get(frameTree.frame.id) as number,
      expression: 'globalThis.__onbrandStarted',
      awaitPromise: true,
      returnByValue: true,
    });
    expect(exceptionDetails).toBeUndefined();
    expect(result.value, 'run-site.ts sets __onbrandStarted').toBe(true);
  } finally {
    cdp.off('Runtime.executionContextCreated', seen);
    if (!session) await cdp.detach();
  }
}

/**
 * The user's pointer comes into the page. OnBrand's badges and the feed's save buttons come with the user's
 * first move in a page (utils/features/feature.ts `firstUserInput`), so a test that looks at them before
 * clicking or typing anything moves the pointer first, as any user does. A user moves again and again; a
 * test moves once, so it waits until the content script listens (a move before that is missed).
 */
export async function userArrives(page: Page): Promise<void> {
  await onBrandStarted(page);
  await page.mouse.move(8, 8);
}
