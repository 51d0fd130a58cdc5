import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';

/**
 * The English catalogue's words that the German one says otherwise: each message's pieces between its
 * placeholders, of three words or more, that the German message does not also contain (names, formats).
 * One of them on a German surface is an English leftover, wherever it came from.
 */
export function englishOnlyPieces(): string[] {
  const read = (lang: string) =>
    JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
      string,
      { message: string }
    >;
  const [en, de] = [read('en'), read('de')];
  const pieces = new Set<string>();
  for (const [key, { message }] of Object.entries(en)) {
    const german = de[key]?.message ?? '';
    for (const piece of message.split(/\$[A-Za-z0-9_]+\$/)) {
      const words = piece.trim();
      if (words.split(/\s+/).length >= 3 && !german.includes(words)) pieces.add(words);
    }
  }
  return [...pieces];
}

/** What a user reads or hears on a page or in a frame: its text, and the names, titles and hints of its elements. */
async function textOf(target: Page | Frame): Promise<string> {
  return target.evaluate(() => {
    const texts = [document.body.innerText];
    for (const element of document.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
        texts.push(element.getAttribute(name) ?? '');
      if (element instanceof HTMLOptionElement) texts.push(element.text);
    }
    texts.push(document.title);
    return texts.join('\n').replace(/\s+/g, ' ');
  });
}

/** English pieces of the catalogue shown on a German surface. */
export async function englishOn(target: Page | Frame, pieces: string[]): Promise<string[]> {
  const text = await textOf(target);
  return pieces.filter((piece) => text.includes(piece.replace(/\s+/g, ' ')));
}
