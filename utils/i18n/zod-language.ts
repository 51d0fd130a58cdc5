import { de } from 'zod/locales';
import * as z from 'zod/mini';
import { uiIsGerman } from '.';

/**
 * zod's own refusals (a wrong type, a value not among the allowed ones, a number out of range) in the UI
 * language, for the pages that show them to the user: a pack, backup or calendar file refused on import
 * names the field and says, in zod's words, what is wrong with it. OnBrand's own refusals come from the
 * catalogue. Only the dashboard, the welcome page and the background (whose pack refresh keeps a refusal for
 * the dashboard to show) call this, so the content scripts carry no locale.
 */
export function refuseInUiLanguage(): void {
  if (uiIsGerman()) z.config(de());
}
