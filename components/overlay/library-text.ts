import type { Finding } from '@/utils/checks';

/** Rules whose messages quote the user's research library: a saved post's author, words and id. */
const LIBRARY_RULES = new Set(['similar-post']);

export function quotesLibrary(finding: Finding): boolean {
  return LIBRARY_RULES.has(finding.ruleId);
}

/**
 * What the overlay says about a finding where the page's scripts can read it (the panel's open root: button
 * labels, the Undo line). A finding that quotes the library is named without what it quotes.
 */
export function publicMessage(finding: Finding): string {
  return quotesLibrary(finding) ? 'This draft is close to a post in your research library.' : finding.message;
}

/**
 * Text the page must not read, inside a closed shadow root of its own within the panel's open one: the page
 * reaches the host element but not its text. The user sees it, and screen readers read it, like any text.
 */
export function privateText(text: string): HTMLElement {
  const host = document.createElement('onbrand-private');
  host.attachShadow({ mode: 'closed' }).textContent = text;
  return host;
}
