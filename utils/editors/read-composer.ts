const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * The composer's text exactly as its editor holds it, read from the DOM. innerText and textContent both get
 * line breaks wrong in rich editors (../shared/reference/sites.md §3), so walk the blocks ourselves.
 */
export function readComposer(root: Element): string {
  if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) return root.value;
  const draftBlocks = root.querySelectorAll('[data-block="true"]');
  const blocks = draftBlocks.length > 0 ? [...draftBlocks] : [...root.children];
  const text = blocks
    .map((block) => {
      const parts: string[] = [];
      collectText(block, parts);
      const blockText = parts.join('');
      // The last <br> of a block is the editor's caret placeholder, not a line the user typed.
      return blockText.endsWith('\n') ? blockText.slice(0, -1) : blockText;
    })
    .join('\n');
  return text.replace(/\u00A0/g, ' ').replace(ZERO_WIDTH, '');
}

function collectText(node: Node, parts: string[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) parts.push(child.nodeValue ?? '');
    else if (child.nodeName === 'BR') parts.push('\n');
    // X and YouTube render emoji as images whose alt is the emoji itself.
    else if (child.nodeName === 'IMG') parts.push((child as HTMLImageElement).alt);
    else collectText(child, parts);
  }
}
