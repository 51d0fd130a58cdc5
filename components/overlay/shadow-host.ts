const ISOLATED_KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * A host element with a shadow root holding our styles: closed wherever it shows the user's data (the page's
 * scripts get null for `host.shadowRoot`, so callers keep the returned `root`), open where it shows only the
 * page's own draft. The `<style>` gets its text before it is attached, which strict page CSPs still apply
 * (sites.md §6); sizes are px because rem follows the page.
 * Key events stop at the root, so pressing Escape or Enter in our UI never triggers the site's shortcuts.
 */
export function createShadowHost(
  tagName: string,
  css: string,
  mode: ShadowRootMode,
): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tagName);
  const root = host.attachShadow({ mode });
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
