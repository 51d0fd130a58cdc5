import type { ImportSource } from '@/utils/db/analytics-records';

/** The import source an X post activity export is stored under, for tests that store an import. */
export const X_IMPORT_SOURCE: ImportSource = {
  id: 's',
  name: 'X post activity',
  headerKey: 'tweet id',
  platform: 'x',
  mapping: {},
  dateOrder: 'iso',
  createdAt: 1,
};
