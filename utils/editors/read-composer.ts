const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

/**
 * The composer's text exactly as its editor holds it, read from the DOM. innerText and textContent both get
 * line breaks wrong in rich editors (../shared/reference/sites.md §3), so walk the blocks ourselves.
 */
export function readComposer(root: Element): string {
  if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) return root.value;
  const draftBlocks = root.querySelectorAll('[data-block="true"]');
  const blocks = draftBlocks.length > 0 ? [...draftBlocks] : linesOf(root);
  const text = blocks
    .map((block) => {
      const parts: string[] = [];
      if (Array.isArray(block)) for (const node of block) collectNode(node, parts);
      else collectText(block, parts);
      const blockText = parts.join('');
      // The last <br> of a block is the editor's caret placeholder, not a line the user typed.
      return blockText.endsWith('\n') ? blockText.slice(0, -1) : blockText;
    })
    .join('\n');
  return text.replace(/\u00A0/g, ' ').replace(ZERO_WIDTH, '');
}

/**
 * The root's lines. Rich editors (Lexical, Quill, ProseMirror) hold only block children; a plain
 * contenteditable (YouTube) mixes a first line of bare text with the <div>s Chrome adds on Enter, so runs of
 * inline nodes between blocks make a line of their own.
 */
function linesOf(root: Element): (Element | Node[])[] {
  const lines: (Element | Node[])[] = [];
  let inline: Node[] = [];
  for (const child of root.childNodes) {
    if (child instanceof Element && BLOCK_TAGS.has(child.nodeName)) {
      if (inline.length > 0) lines.push(inline);
      inline = [];
      lines.push(child);
    } else inline.push(child);
  }
  if (inline.length > 0) lines.push(inline);
  return lines;
}

function collectNode(node: Node, parts: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
  else if (node.nodeName === 'BR') parts.push('\n');
  // X and YouTube render emoji as images whose alt is the emoji itself.
  else if (node.nodeName === 'IMG') parts.push((node as HTMLImageElement).alt);
  else collectText(node, parts);
}

function collectText(node: Node, parts: string[]): void {
  for (const child of node.childNodes) collectNode(child, parts);
}
