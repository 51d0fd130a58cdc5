import { describe, expect, it } from 'vitest';
import { DraftContext } from '@/utils/checks/context';
import samples from './samples.json';

describe("post language on franc's UDHR fixtures", () => {
  const cases = Object.entries(samples as Record<string, string[]>).flatMap(([language, texts]) =>
    texts.map((text) => ({ language, text })),
  );

  it('names the language of every chunk', () => {
    const wrong = cases
      .map(({ language, text }) => ({
        language,
        text,
        got: new DraftContext(text, { platform: 'x' }).language,
      }))
      .filter(({ language, got }) => language !== got);
    console.log(`language identification: ${cases.length - wrong.length}/${cases.length} UDHR chunks`);
    expect(wrong.map(({ language, got, text }) => `${language} → ${got}: ${text.slice(0, 40)}`)).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each([
    ['Pubblicità - Il mio nuovo siero preferito, lo uso ogni mattina e la pelle è più luminosa', 'it'],
    ['Publicidad | Me encantan estas zapatillas, las uso para correr todos los días', 'es'],
    ['Publicidade | Adoro estes ténis, uso para correr todos os dias e são muito confortáveis', 'pt'],
    ['Reklama | Uwielbiam te buty, biegam w nich codziennie i są bardzo wygodne', 'pl'],
  ])('a short post: %s', (text, language) => {
    expect(new DraftContext(text, { platform: 'x' }).language).toBe(language);
  });
});
