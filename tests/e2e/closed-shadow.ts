import type { Page } from '@playwright/test';

interface DomNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  shadowRootType?: 'user-agent' | 'open' | 'closed';
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * The text inside each closed shadow root hosted by a `tagName` element, in document order, as the user sees
 * it. Neither the page's scripts nor Playwright's locators reach into closed roots; the DevTools protocol
 * does, so the test can read what only the user is meant to see.
 */
export async function closedShadowTexts(page: Page, tagName: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const texts: string[] = [];
    const textOf = (node: DomNode): string =>
      node.nodeType === 3 ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');
    const visit = (node: DomNode) => {
      for (const shadow of node.shadowRoots ?? []) {
        if (node.localName === tagName && shadow.shadowRootType === 'closed') texts.push(textOf(shadow));
        visit(shadow);
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(root);
    return texts;
  } finally {
    await cdp.detach();
  }
}
