import type { Page } from '@playwright/test';

/** Days as the extension sees them: in the browser's own time zone. */
export async function daysFromToday(page: Page, ...offsets: number[]): Promise<string[]> {
  return page.evaluate(
    (list) =>
      list.map((offset) => {
        const date = new Date();
        date.setDate(date.getDate() + offset);
        return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
      }),
    offsets,
  );
}
