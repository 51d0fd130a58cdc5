import { mapComposerText } from './text-map';

/**
 * The composer's text exactly as its editor holds it, read from the DOM (docs/sites.md §3).
 * Textareas and inputs: their value.
 */
export function readComposer(root: Element): string {
  if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) return root.value;
  return mapComposerText(root).text;
}
