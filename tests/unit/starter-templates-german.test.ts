import { afterEach, expect, it } from 'vitest';
import { STARTER_TEMPLATES } from '@/utils/brands/starter-templates';
import { t } from '@/utils/i18n';
import { setTestUiLanguage } from '../setup/i18n';

afterEach(() => setTestUiLanguage('en'));

it('shows the starter templates’ titles in the UI language', () => {
  expect(STARTER_TEMPLATES.map((template) => t(template.titleKey))).toEqual(
    STARTER_TEMPLATES.map((template) => template.title),
  );
  setTestUiLanguage('de');
  expect(STARTER_TEMPLATES.map((template) => t(template.titleKey))).toEqual([
    'Klar und freundlich (B2C)',
    'Professionell (B2B)',
    'Inklusive Sprache',
  ]);
});
