import * as z from 'zod/mini';
import type { Guidelines, Rule } from '../checks/guidelines';
import type { MessageKey } from '../i18n/message-key';
import { GERMAN_ADDRESSES, type GermanAddress, germanBrandVoice } from './german-starter';
import { DEFAULT_RULE_MESSAGES, STARTER_TEMPLATES } from './starter-templates';

/**
 * A brand made from a starter template keeps the rule messages of the UI language it was made in, and the
 * German pack keeps the address it was made with. This switches them later, on the user's explicit choice
 * and after a preview: only rules still as the template made them follow; a rule the user edited is left as
 * it is, and said so. The brand does not record the language it was made in, so "as the template made it"
 * means: its message is the template's message in one of the catalogues' languages.
 */
export const STARTER_LANGUAGES = ['en', 'de'] as const;
export type StarterLanguage = (typeof STARTER_LANGUAGES)[number];

/** One language's catalogue (public/_locales/<language>/messages.json), the messages by key. */
export type Catalogue = Readonly<Partial<Record<MessageKey, string>>>;

export interface StarterChange {
  ruleId: string;
  from: string;
  to: string;
}

export interface StarterLanguagePlan {
  guidelines: Guidelines;
  /** Rule ids that were renamed (the address rule): the brand's switched-off list follows them. */
  renamed: Readonly<Record<string, string>>;
  changes: StarterChange[];
  /** Starter rules the user edited, which keep what they say. */
  keptEdited: string[];
}

/** Each starter rule's message keys by rule id, from every template and the default guidelines. */
function starterMessageKeys(): Map<string, MessageKey[]> {
  const keys = new Map<string, MessageKey[]>();
  const add = (messages: Readonly<Record<string, MessageKey>>) => {
    for (const [ruleId, key] of Object.entries(messages)) {
      const known = keys.get(ruleId) ?? [];
      if (!known.includes(key)) keys.set(ruleId, [...known, key]);
    }
  };
  for (const template of STARTER_TEMPLATES) add(template.ruleMessages);
  add(DEFAULT_RULE_MESSAGES);
  return keys;
}

/** What identifies the pack's address rule as the pack made it: everything but nothing the schema adds. */
const sameAddressRule = (rule: Rule, address: GermanAddress): boolean => {
  const starter = germanBrandVoice(address).rules[0];
  return (
    rule.kind === 'existence' &&
    starter?.kind === 'existence' &&
    rule.id === starter.id &&
    rule.message === starter.message &&
    rule.severity === starter.severity &&
    Boolean(rule.ignorecase) === Boolean(starter.ignorecase) &&
    rule.tokens.join('\n') === starter.tokens.join('\n')
  );
};

/** The German pack's address rule in `guidelines`, as made (with its address) or edited. */
export function addressOf(guidelines: Guidelines): { address: GermanAddress; edited: boolean } | null {
  for (const rule of guidelines.rules)
    for (const address of GERMAN_ADDRESSES)
      if (rule.id === germanBrandVoice(address).rules[0]?.id)
        return { address, edited: !sameAddressRule(rule, address) };
  return null;
}

/** The guidelines with the starter rules in `language` (and, for the German pack, `address`). */
export function starterLanguagePlan(
  guidelines: Guidelines,
  language: StarterLanguage,
  catalogues: Readonly<Record<StarterLanguage, Catalogue>>,
  address?: GermanAddress,
): StarterLanguagePlan {
  const keys = starterMessageKeys();
  const changes: StarterChange[] = [];
  const keptEdited: string[] = [];
  const renamed: Record<string, string> = {};
  const current = addressOf(guidelines);
  const rules = guidelines.rules.map((rule): Rule => {
    if (
      current &&
      address &&
      address !== current.address &&
      rule.id === germanBrandVoice(current.address).rules[0]?.id
    ) {
      if (current.edited) {
        keptEdited.push(rule.id);
        return rule;
      }
      const next = germanBrandVoice(address).rules[0] as Rule;
      renamed[rule.id] = next.id;
      changes.push({ ruleId: next.id, from: rule.message, to: next.message });
      return next;
    }
    const ruleKeys = keys.get(rule.id);
    if (!ruleKeys) return rule;
    const key = ruleKeys.find((candidate) =>
      STARTER_LANGUAGES.some((other) => catalogues[other][candidate] === rule.message),
    );
    const to = key && catalogues[language][key];
    if (!to) {
      keptEdited.push(rule.id);
      return rule;
    }
    if (to === rule.message) return rule;
    changes.push({ ruleId: rule.id, from: rule.message, to });
    return { ...rule, message: to };
  });
  const names = current ? GERMAN_ADDRESSES.map((each) => germanBrandVoice(each).name) : [];
  const name = address && names.includes(guidelines.name) ? germanBrandVoice(address).name : guidelines.name;
  return { guidelines: { ...guidelines, name, rules }, renamed, changes, keptEdited };
}

const CatalogueFileSchema = z.record(z.string(), z.object({ message: z.string() }));

/** A catalogue file's messages by key; a file that is not one gives no messages (nothing then changes). */
export function catalogueFrom(file: unknown): Catalogue {
  const parsed = CatalogueFileSchema.safeParse(file);
  if (!parsed.success) return {};
  return Object.fromEntries(Object.entries(parsed.data).map(([key, entry]) => [key, entry.message]));
}
