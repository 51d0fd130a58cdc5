import type { Guidelines } from '../checks/guidelines';

/** A whole emoji grapheme, for Vale `occurrence` rules (which compile with the `u` flag). */
export const EMOJI_TOKEN = String.raw`(?:\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)[\p{Emoji_Modifier}\u{E0020}-\u{E007F}]*(?:\u200D\p{Extended_Pictographic}\uFE0F?\p{Emoji_Modifier}?)*)`;

/**
 * Patterns a starter template once gave a rule, and the one the same rule has now. A brand made from an
 * older starter keeps the rule as it was stored; where its pattern is still exactly the old starter text
 * (the user did not edit it), the current one replaces it. The rule's other fields (its limit, message,
 * severity) are the user's and stay.
 */
const RETIRED_STARTER_PATTERNS: readonly { ruleId: string; retired: readonly string[]; current: string }[] = [
  {
    ruleId: 'emoji-limit',
    retired: [
      // Counted code points: a ZWJ family as 3 emoji, a flag as none.
      String.raw`\p{Extended_Pictographic}`,
      // The grapheme pattern spelt with the EMod alias, which the pattern-safety analysis cannot read.
      String.raw`(?:\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)[\p{EMod}\u{E0020}-\u{E007F}]*(?:\u200D\p{Extended_Pictographic}\uFE0F?\p{EMod}?)*)`,
    ],
    current: EMOJI_TOKEN,
  },
];

type Rule = Guidelines['rules'][number];

/** The current starter pattern for an occurrence rule still holding a retired one exactly, else undefined. */
function currentPattern(rule: Rule): string | undefined {
  if (rule.kind !== 'occurrence') return undefined;
  return RETIRED_STARTER_PATTERNS.find(
    (starter) => starter.ruleId === rule.id && starter.retired.includes(rule.token),
  )?.current;
}

/**
 * The guidelines with every unedited retired starter pattern replaced by the current one; the same object when
 * there is none, so running it again (on every read) changes nothing.
 */
export function withCurrentStarterPatterns(guidelines: Guidelines): Guidelines {
  if (!guidelines.rules.some((rule) => currentPattern(rule) !== undefined)) return guidelines;
  return {
    ...guidelines,
    rules: guidelines.rules.map((rule) => {
      const current = currentPattern(rule);
      return current === undefined || rule.kind !== 'occurrence' ? rule : { ...rule, token: current };
    }),
  };
}
