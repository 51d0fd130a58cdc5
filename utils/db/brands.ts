import * as z from 'zod/mini';
import { normalizeHandle } from '../brands/handles';
import { withCurrentStarterPatterns } from '../brands/starter-patterns';
import type { CheckOptions } from '../checks/context';
import type { Guidelines } from '../checks/guidelines';
import type { PlatformId } from '../checks/types';
import type { OnBrandDatabase } from './database';
import { type Brand, BrandSchema, StoredBrandSchema } from './records';
import { InvalidRecordError, TableRepository } from './table-repository';

/**
 * The brand that applies on a page: the one listing the account the adapter sees logged in, else the one
 * listing the site, else the default one, else the oldest. Undefined only when there are no brands at all.
 */
export function pickBrand(brands: readonly Brand[], site: PlatformId, account?: string): Brand | undefined {
  const handle = account === undefined ? undefined : normalizeHandle(account);
  const oldestFirst = [...brands].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return (
    (handle
      ? oldestFirst.find((brand) =>
          brand.accounts.some((a) => a.platform === site && normalizeHandle(a.handle) === handle),
        )
      : undefined) ??
    oldestFirst.find((brand) => brand.sites.includes(site)) ??
    oldestFirst.find((brand) => brand.isDefault) ??
    oldestFirst[0]
  );
}

/** The guidelines the brand's drafts are checked with: its rules minus the ones switched off. */
export function activeGuidelines(brand: Pick<Brand, 'guidelines' | 'disabledRules'>): Guidelines {
  if (brand.disabledRules.length === 0) return brand.guidelines;
  const off = new Set(brand.disabledRules);
  return { ...brand.guidelines, rules: brand.guidelines.rules.filter((rule) => !off.has(rule.id)) };
}

/** A new brand with the given guidelines and nothing else decided yet. */
export function newBrand(name: string, guidelines: Guidelines, now = Date.now()): Brand {
  return {
    id: crypto.randomUUID(),
    name,
    guidelines,
    disabledRules: [],
    jurisdictions: [],
    defaultRelationship: 'none',
    disclosureWording: {},
    accounts: [],
    sites: [],
    isDefault: false,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The brand's markets and preferred disclosure wording, as the composer checks with them: the disclosure
 * checks suggest the brand's own label ("Anzeige") where every market accepts it.
 */
export function disclosureOptions(
  brand: Pick<Brand, 'jurisdictions' | 'disclosureWording'>,
): Required<Pick<CheckOptions, 'jurisdictions' | 'disclosureWording'>> {
  return { jurisdictions: brand.jurisdictions, disclosureWording: brand.disclosureWording };
}

/**
 * How the composer tags the brand's links (`link-utm`): the campaign of the post's calendar entry, else the
 * brand's preset, and the brand's hosts; nothing when the brand doesn't tag its links.
 */
export function utmOptions(
  brand: Pick<Brand, 'utm'>,
  campaign?: string,
): { utm?: { campaign?: string; domains: string[] } } {
  if (!brand.utm?.enabled) return {};
  const name = campaign?.trim() || brand.utm.campaign;
  return { utm: { ...(name ? { campaign: name } : {}), domains: [...brand.utm.domains] } };
}

/** `guidelines.rules[2].tokens[0]: …`, one line per problem, for people rather than for logs. */
function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .map(({ path, message }) => {
      const where = path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
        .join('');
      return `${where.replace(/^\./, '') || 'brand'}: ${message}`;
    })
    .join('\n');
}

/**
 * A stored brand as read: its shape checked, and the starter patterns it was made with brought up to date
 * where the user left them as they were (brands/starter-patterns.ts). Done on read rather than in a database
 * upgrade, so it also reaches brands restored from an older backup; writing the brand back stores the result.
 */
const ReadBrandSchema = z.pipe(
  StoredBrandSchema,
  z.transform((brand: Brand): Brand => {
    const guidelines = withCurrentStarterPatterns(brand.guidelines);
    return guidelines === brand.guidelines ? brand : { ...brand, guidelines };
  }),
);

export function brandsRepository(db: OnBrandDatabase) {
  const repository = new TableRepository<Brand>(db.brands, ReadBrandSchema);
  const put = repository.put.bind(repository);
  return Object.assign(repository, {
    /** Writes check everything, patterns included, so nothing unsafe is ever stored. */
    async put(brand: Brand): Promise<Brand> {
      const result = BrandSchema.safeParse(brand);
      if (!result.success) throw new InvalidRecordError('brands', describeIssues(result.error.issues));
      return put(result.data);
    },
    /** Saves a brand; when it is the default, the others stop being so, in the same transaction. */
    async save(brand: Brand): Promise<Brand> {
      const valid = BrandSchema.safeParse(brand);
      if (!valid.success) throw new InvalidRecordError('brands', describeIssues(valid.error.issues));
      // The slow pattern analysis runs before the transaction: IndexedDB closes a transaction left idle.
      return db.transaction('rw', db.brands, async () => {
        const saved = await put(valid.data);
        if (saved.isDefault) {
          await db.brands
            .filter((other) => other.id !== saved.id && other.isDefault)
            .modify({ isDefault: false });
        }
        return saved;
      });
    },
    async forPage(site: PlatformId, account?: string): Promise<Brand | undefined> {
      return pickBrand(await repository.list(), site, account);
    },
  });
}
