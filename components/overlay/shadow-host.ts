const ISOLATED_KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * A host element with a shadow root holding our styles. Every in-page surface uses a closed root: even what
 * only marks the page's own draft (counts, underlines, the fold) tells which words the brand's rules flag.
 * The page's scripts get null for `host.shadowRoot`, so callers keep the returned `root`.
 * The `<style>` gets its text before it is attached, which strict page CSPs still apply
 * (sites.md §6); sizes are px because rem follows the page.
 * Key events stop at the root, so pressing Escape or Enter in our UI never triggers the site's shortcuts.
 */
export function createShadowHost(tagName: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tagName);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  for (const type of ISOLATED_KEY_EVENTS) root.addEventListener(type, (event) => event.stopPropagation());
  return { host, root };
}

/** An element with a class and, optionally, text (always as text, never markup). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tagName: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tagName);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
