import { type Guidelines, type Rule, validateGuidelines } from '@/utils/checks';
import { brandsRepository } from '@/utils/db/brands';
import { getDatabase } from '@/utils/db/database';
import { partnersRepository } from '@/utils/db/partners';
import type { Brand } from '@/utils/db/records';
import { quoted, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';

export const brands = brandsRepository(getDatabase());

/** Open tabs re-check their drafts with the new rules at once. */
export async function announceBrandChange(): Promise<void> {
  await sendMessage('brand.changed', {});
}

/** Saves a brand (validated in full, patterns included) and tells open tabs. Throws with a readable message. */
export async function saveBrand(brand: Brand): Promise<Brand> {
  const saved = await brands.save({ ...brand, updatedAt: Date.now() });
  await announceBrandChange();
  return saved;
}

/** The brand and its partners, in one transaction. */
export async function deleteBrand(id: string): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.brands, db.partners, async () => {
    await brands.delete(id);
    await partnersRepository(db).deleteForBrand(id);
  });
  await announceBrandChange();
}

/**
 * Checks one rule on its own (the others were checked when saved, and re-analysing every pattern would take
 * seconds) plus the one thing that depends on them: a unique id. Errors name the rule's field, e.g.
 * `tokens[1]: \`(a+)+\` can take exponentially long…`.
 */
export function validateRule(
  rule: unknown,
  otherIds: readonly string[],
): { ok: true; rule: Rule } | { ok: false; errors: string[] } {
  const result = validateGuidelines({ rules: [rule] });
  if (!result.ok) {
    return {
      ok: false,
      errors: result.errors.map(({ field, message }) => {
        const inRule = field.replace(/^rules\[0\]\.?/, '');
        return inRule ? `${inRule}: ${message}` : message;
      }),
    };
  }
  const valid = result.guidelines.rules[0] as Rule;
  if (otherIds.includes(valid.id)) {
    return { ok: false, errors: [`id: ${t('guidelinesRuleIdTaken', quoted(valid.id))}`] };
  }
  return { ok: true, rule: valid };
}

export function withRules(guidelines: Guidelines, rules: Rule[]): Guidelines {
  return { ...guidelines, rules };
}

export function downloadFile(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function fileSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'brand'
  );
}
