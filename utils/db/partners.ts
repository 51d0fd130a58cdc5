import type { OnBrandDatabase } from './database';
import { describeInputProblems, type FieldLabels } from './input-problems';
import { type Partner, PartnerSchema } from './records';
import { RecordInputError, TableRepository } from './table-repository';

/** What the checks need of a partner: every platform's handles in one list (a creator keeps one name). */
export function partnerForChecks(partner: Partner) {
  return {
    id: partner.id,
    name: partner.name,
    handles: [...new Set(partner.handles.map((h) => h.handle))],
    relationship: partner.relationship,
    ...(partner.from ? { from: partner.from } : {}),
    ...(partner.until ? { until: partner.until } : {}),
    markets: partner.markets,
  };
}

/** The partner form's labels, for what a refused partner says (utils/db/input-problems.ts). */
const PARTNER_FIELDS: FieldLabels = {
  name: 'partnerName',
  handles: { item: 'partnerHandleLabel' },
  relationship: 'partnerRelationship',
  from: 'partnerFrom',
  until: 'partnerUntil',
  markets: 'partnerMarkets',
};

export function partnersRepository(db: OnBrandDatabase) {
  const repository = new TableRepository<Partner>(db.partners, PartnerSchema);
  return Object.assign(repository, {
    /** The brand's partners, by name. */
    async forBrand(brandId: string): Promise<Partner[]> {
      const rows = repository.parseMany(await db.partners.where('brandId').equals(brandId).toArray());
      return rows.sort((a, b) => a.name.localeCompare(b.name));
    },

    /** Validates (RecordInputError with one sentence per problem), then writes. */
    async save(partner: Partner): Promise<Partner> {
      const result = PartnerSchema.safeParse(partner);
      if (!result.success)
        throw new RecordInputError(describeInputProblems(result.error.issues, PARTNER_FIELDS));
      await db.partners.put(result.data);
      return result.data;
    },

    /** A deleted brand takes its partners with it. */
    async deleteForBrand(brandId: string): Promise<void> {
      await db.partners.where('brandId').equals(brandId).delete();
    },
  });
}
