import type { OnBrandDatabase } from './database';
import { type Brand, BrandSchema } from './records';
import { TableRepository } from './table-repository';

export function brandsRepository(db: OnBrandDatabase) {
  return new TableRepository<Brand>(db.brands, BrandSchema);
}
