import { afterEach, expect, it } from 'vitest';
import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { refreshAllPacks } from '@/entrypoints/background/handlers/guidelines';
import { PACK_FORMAT } from '@/utils/brands/guidelines-pack';
import { brandsRepository, newBrand } from '@/utils/db/brands';
import { setTestUiLanguage } from '../setup/i18n';
import { freshDatabaseEachTest } from '../shared/fresh-database';

const database = freshDatabaseEachTest('background-refusals-german');

afterEach(() => {
  setTestUiLanguage('en');
  z.config(en());
});

it('keeps a subscribed pack’s refusal in German, zod’s own words included', async () => {
  setTestUiLanguage('de');
  const brands = brandsRepository(database());
  const brand = newBrand('Acme', { name: 'Acme', version: 1, marks: [], rules: [] }, 1);
  await brands.save({ ...brand, subscription: { url: 'https://packs.example.com/a.json' } });
  const badPack = JSON.stringify({
    format: PACK_FORMAT,
    formatVersion: 1,
    guidelines: {
      rules: [{ id: 'x', kind: 'existence', message: 'Nein', severity: 'fatal', tokens: ['x'] }],
    },
  });
  await refreshAllPacks(database(), async () => new Response(badPack));
  expect((await brands.get(brand.id))?.subscription?.lastError).toMatch(
    /^Die Paket-URL lieferte ein ungültiges Paket, daher bleibt die letzte gute Fassung: guidelines\.rules\[0\]\.severity \(Regel „x“\): Ungültige Option/,
  );
});
