import * as z from 'zod/mini';
import { formatNumber, type MessageKey, t } from '../i18n';
import { renderWording } from '../i18n/finding-message';
import { compileCondition, compileFormula } from './metric-formula';
import {
  explainInvalidPattern,
  explainUnsafePattern,
  needsAnalysis,
  type PatternFlags,
} from './pattern-safety';
import { READABILITY_METRICS } from './readability-metrics';
import { PlatformIdSchema, SeveritySchema } from './schemas';
import type { Wording } from './types';

/** A refusal in the UI language, read when the problem is found. */
const refusal = (key: MessageKey) => ({ error: () => t(key) });

/** A pattern as a refusal quotes it: whole when short, else its start, so the sentence stays readable. */
function quotePattern(pattern: string): string {
  return `\`${pattern.length > 60 ? `${pattern.slice(0, 50)}…` : pattern}\``;
}

/**
 * A brand's voice guidelines. Rules follow Vale's kinds and field names (https://vale.sh/docs/checks/) so a
 * team that knows Vale can write them, and each finding carries the rule's own `id` and `severity`.
 */

// The /* @__PURE__ */ marks let the bundler drop these schemas, and the pattern-safety analysis they pull in,
// from content scripts that import only checkDraft from this folder.

/**
 * A regular expression typed by a user: refused here when it is invalid. Whether it can backtrack
 * catastrophically depends on the rule's flags (`ignorecase`, word bounds), so that is checked per rule
 * (`unsafePatternIssues`), with the flags it will run with.
 */
const PatternSchema = /* @__PURE__ */ z.string().check(
  z.superRefine((pattern, ctx) => {
    const why = explainInvalidPattern(pattern);
    if (why) ctx.addIssue({ code: 'custom', message: `${quotePattern(pattern)} ${why}`, input: pattern });
  }),
);

/** Vale's maps have patterns as keys (`swap`) or on both sides (`either`). */
function patternMapSchema(valuesArePatterns: boolean) {
  return /* @__PURE__ */ z.record(z.string(), z.string()).check(
    z.superRefine((map, ctx) => {
      const entries = Object.entries(map);
      if (entries.length === 0)
        ctx.addIssue({ code: 'custom', message: t('guidelinesRefusalNeedsEntry'), input: map });
      for (const [key, value] of entries) {
        for (const pattern of valuesArePatterns ? [key, value] : [key]) {
          const why = explainInvalidPattern(pattern);
          if (why)
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: `${quotePattern(pattern)} ${why}`,
              input: map,
            });
        }
      }
    }),
  );
}

const BaseRule = {
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, refusal('guidelinesRefusalRuleId'))),
  /** Shown to the writer; `%s` is replaced by the flagged text, as in Vale. */
  message: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(300)),
  severity: SeveritySchema,
  ignorecase: z.optional(z.boolean()),
  /** Limit the rule to these platforms; all platforms when absent. */
  platforms: z.optional(z.array(PlatformIdSchema)),
  /** Where the rule comes from (a style guide page); becomes the finding's `source`. Web pages only. */
  link: z.optional(z.url({ protocol: /^https?$/, ...refusal('guidelinesRefusalLink') })),
  /** Vale's `action`; `replace` makes a substitution's message list its replacements the way Vale does. */
  action: z.optional(
    z.object({
      name: /* @__PURE__ */ z.string().check(z.maxLength(40)),
      params: z.optional(/* @__PURE__ */ z.array(z.string()).check(z.maxLength(100))),
    }),
  ),
};

/** Vale's `exceptions`: matches that contain one of these (as a whole word) are not flagged. */
/** Vale writes a case-insensitive exception as `(?i)term`; JavaScript has no such inline flag (vale.ts). */
const INLINE_IGNORECASE = '(?i)';

const ExceptionPatternSchema = /* @__PURE__ */ z.string().check(
  z.superRefine((pattern, ctx) => {
    const body = pattern.startsWith(INLINE_IGNORECASE) ? pattern.slice(INLINE_IGNORECASE.length) : pattern;
    const why = explainInvalidPattern(body);
    if (why) ctx.addIssue({ code: 'custom', message: `${quotePattern(pattern)} ${why}`, input: pattern });
  }),
);

const ExceptionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.array(ExceptionPatternSchema).check(z.maxLength(5000)),
);

/** Vale's own styles have word lists of over 1,000 entries (alex's ProfanityLikely has 1,284). */
const TokenListSchema = /* @__PURE__ */ z
  .array(PatternSchema)
  .check(
    z.minLength(1, refusal('guidelinesRefusalNeedsEntry')),
    z.maxLength(10_000, refusal('guidelinesRefusalTooManyEntries')),
  );

export const ExistenceRuleSchema = /* @__PURE__ */ z.object({
  ...BaseRule,
  kind: z.literal('existence'),
  /** Banned words or phrases (regular expressions), matched as whole words unless `nonword`. */
  tokens: TokenListSchema,
  nonword: z.optional(z.boolean()),
  exceptions: ExceptionsSchema,
});

export const SubstitutionRuleSchema = /* @__PURE__ */ z.object({
  ...BaseRule,
  kind: z.literal('substitution'),
  /** Wrong → preferred, e.g. `iphone: iPhone`. A preferred value with `|` offers several suggestions. */
  swap: patternMapSchema(false),
  nonword: z.optional(z.boolean()),
  exceptions: ExceptionsSchema,
  /** Vale's `capitalize`: a capitalized match gets a capitalized replacement. */
  capitalize: z.optional(z.boolean()),
});

export const OccurrenceRuleSchema = /* @__PURE__ */ z
  .object({
    ...BaseRule,
    kind: z.literal('occurrence'),
    /** A regular expression matched as written (no added word boundaries), e.g. `#\w+` for hashtags. */
    token: PatternSchema,
    max: z.optional(/* @__PURE__ */ z.int().check(z.minimum(0))),
    min: z.optional(/* @__PURE__ */ z.int().check(z.minimum(0))),
    /** Count in each paragraph or each sentence; in the whole post when absent. */
    scope: z.optional(z.enum(['paragraph', 'sentence'])),
  })
  .check(
    z.refine((rule) => rule.max !== undefined || rule.min !== undefined, {
      ...refusal('guidelinesRefusalMaxOrMin'),
      path: ['max'],
    }),
  );

export const ConditionalRuleSchema = /* @__PURE__ */ z.object({
  ...BaseRule,
  kind: z.literal('conditional'),
  /** Every match of `first` requires a match of `second` somewhere in the draft. */
  first: PatternSchema,
  second: PatternSchema,
  exceptions: ExceptionsSchema,
});

export const RepetitionRuleSchema = /* @__PURE__ */ z.object({
  ...BaseRule,
  kind: z.literal('repetition'),
  /** What counts as one token; the same token twice in a row (only spaces between) is flagged. */
  tokens: TokenListSchema,
  /** Only repeated alphabetic tokens count, so "1 1" or "!! !!" pass. */
  alpha: z.optional(z.boolean()),
});

export { READABILITY_METRICS };

export const ReadabilityRuleSchema = /* @__PURE__ */ z.object({
  ...BaseRule,
  kind: z.literal('readability'),
  /** Averaged, as Vale does. All of them when absent. */
  metrics: z.optional(/* @__PURE__ */ z.array(z.enum(READABILITY_METRICS)).check(z.minLength(1))),
  /** The highest school grade the draft may need. */
  grade: /* @__PURE__ */ z.number().check(z.minimum(1), z.maximum(20)),
});

export const ConsistencyRuleSchema = /* @__PURE__ */ z.object({
  ...BaseRule,
  kind: z.literal('consistency'),
  /** Pairs of variants; using both members of a pair in one draft is flagged. */
  either: patternMapSchema(true),
  /** Vale's `nonword`: the variants match inside words too (no word boundaries). */
  nonword: z.optional(z.boolean()),
});

/** Vale's named cases for `capitalization`; any other `match` is a regular expression. */
export const CASE_STYLES = ['$title', '$sentence', '$lower', '$upper'] as const;

export const CapitalizationRuleSchema = /* @__PURE__ */ z
  .object({
    ...BaseRule,
    kind: z.literal('capitalization'),
    /** `$title`, `$sentence`, `$lower`, `$upper`, or a regular expression each block must match. */
    match: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(1000)),
    /** For `$title`: AP (the default) or Chicago, which also lower-cases long prepositions. */
    style: z.optional(z.enum(['AP', 'Chicago'])),
    /** Words written exactly so whatever the case style, e.g. `iPhone`. */
    exceptions: ExceptionsSchema,
    /** For `$sentence`: a word ending in one of these starts a new sentence, e.g. `:`. */
    indicators: z.optional(/* @__PURE__ */ z.array(z.string().check(z.maxLength(20))).check(z.maxLength(50))),
    /** The share of words that must already be right for the block to pass; 0.8 when absent. */
    threshold: z.optional(/* @__PURE__ */ z.number().check(z.gt(0), z.maximum(1))),
    /** A leading part left as it is, e.g. `^[a-z]\.\s` for "a. ". */
    prefix: z.optional(PatternSchema),
    /** What one block is: a paragraph (the default) or a sentence. */
    scope: z.optional(z.enum(['paragraph', 'sentence'])),
  })
  .check(
    z.superRefine((rule, ctx) => {
      if ((CASE_STYLES as readonly string[]).includes(rule.match)) return;
      const why = explainInvalidPattern(rule.match);
      if (why)
        ctx.addIssue({
          code: 'custom',
          path: ['match'],
          message: `${quotePattern(rule.match)} ${why}`,
          input: rule.match,
        });
    }),
  );

/** A Vale `formula` or `condition`, refused with the reason when OnBrand cannot read it (metric-formula.ts). */
function expressionSchema(
  refusal: 'guidelinesFormulaRefused' | 'guidelinesConditionRefused',
  maxLength: number,
  compile: (text: string) => { ok: true } | { ok: false; reason: Wording },
) {
  return /* @__PURE__ */ z.string().check(
    z.maxLength(maxLength),
    z.superRefine((text, ctx) => {
      const compiled = compile(text);
      if (!compiled.ok)
        ctx.addIssue({ code: 'custom', message: t(refusal, renderWording(compiled.reason)), input: text });
    }),
  );
}

export const MetricRuleSchema = /* @__PURE__ */ z.object({
  ...BaseRule,
  kind: z.literal('metric'),
  /** E.g. `(0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59`. */
  formula: expressionSchema('guidelinesFormulaRefused', 2000, compileFormula),
  /** E.g. `> 8`: when the formula's result satisfies it, the post gets a finding. */
  condition: expressionSchema('guidelinesConditionRefused', 200, compileCondition),
});

/** Every pattern of a rule with the flags the engine runs it with, and where it is in the rule. */
export function rulePatterns(rule: Rule): { pattern: string; flags: PatternFlags; path: PropertyKey[] }[] {
  const ignorecase = rule.ignorecase ?? false;
  const out: { pattern: string; flags: PatternFlags; path: PropertyKey[] }[] = [];
  const add = (pattern: string, path: PropertyKey[], wordBounded = false) => {
    out.push({ pattern, flags: { ignorecase, wordBounded }, path });
  };
  switch (rule.kind) {
    case 'existence':
      for (const [i, token] of rule.tokens.entries()) add(token, ['tokens', i], !rule.nonword);
      break;
    case 'substitution':
      for (const key of Object.keys(rule.swap)) add(key, ['swap', key], !rule.nonword);
      break;
    case 'occurrence':
      add(rule.token, ['token']);
      break;
    case 'conditional':
      add(rule.first, ['first']);
      add(rule.second, ['second']);
      break;
    case 'repetition':
      for (const [i, token] of rule.tokens.entries()) add(token, ['tokens', i]);
      break;
    case 'capitalization':
      if (!(CASE_STYLES as readonly string[]).includes(rule.match)) add(rule.match, ['match']);
      if (rule.prefix) add(rule.prefix, ['prefix']);
      break;
    case 'consistency':
      for (const [a, b] of Object.entries(rule.either)) {
        add(a, ['either', a], !rule.nonword);
        add(b, ['either', a], !rule.nonword);
      }
      break;
    default:
      break;
  }
  if ('exceptions' in rule && rule.exceptions) {
    rule.exceptions.forEach((exception, i) => {
      const folded = exception.startsWith(INLINE_IGNORECASE);
      out.push({
        pattern: folded ? exception.slice(INLINE_IGNORECASE.length) : exception,
        flags: { ignorecase: folded, wordBounded: true, onMatch: true },
        path: ['exceptions', i],
      });
    });
  }
  return out;
}

/** How many patterns of one brand may need the backtracking analysis; plain words do not count. */
export const MAX_ANALYSED_PATTERNS_PER_BRAND = 2_000;

const RuleKindsSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  ExistenceRuleSchema,
  SubstitutionRuleSchema,
  OccurrenceRuleSchema,
  ConditionalRuleSchema,
  RepetitionRuleSchema,
  ReadabilityRuleSchema,
  ConsistencyRuleSchema,
  CapitalizationRuleSchema,
  MetricRuleSchema,
]);
export type Rule = z.infer<typeof RuleKindsSchema>;

/** A rule, with each pattern checked for catastrophic backtracking under the flags it runs with. */
export const RuleSchema = /* @__PURE__ */ RuleKindsSchema.check(
  z.superRefine((rule, ctx) => {
    for (const { pattern, flags, path } of rulePatterns(rule)) {
      const why = explainUnsafePattern(pattern, flags);
      if (why)
        ctx.addIssue({ code: 'custom', path, message: `${quotePattern(pattern)} ${why}`, input: pattern });
    }
  }),
);
export type RuleKind = Rule['kind'];

// Every kind once: a Record needs each key of RuleKind and no other, so a kind added to the union and not
// here (or here and not there) fails to compile.
const KINDS: Record<RuleKind, true> = {
  existence: true,
  substitution: true,
  occurrence: true,
  conditional: true,
  repetition: true,
  readability: true,
  consistency: true,
  capitalization: true,
  metric: true,
};
/** The rule kinds the engine runs, as stored records name them. */
export const RULE_KINDS = Object.keys(KINDS) as readonly RuleKind[];
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;

/** A registered or trade mark the brand wants marked with its symbol on first mention. */
export const MarkSchema = /* @__PURE__ */ z.object({
  term: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100)),
  symbol: z.enum(['®', '™']),
});
export type Mark = z.infer<typeof MarkSchema>;

export const GuidelinesSchema = /* @__PURE__ */ z
  .object({
    name: z._default(/* @__PURE__ */ z.string().check(z.maxLength(120)), 'Brand guidelines'),
    version: z._default(/* @__PURE__ */ z.int().check(z.minimum(1)), 1),
    rules: /* @__PURE__ */ z
      .array(RuleSchema)
      .check(z.maxLength(2000, refusal('guidelinesRefusalTooManyRules'))),
    marks: z._default(z.array(MarkSchema), []),
  })
  .check(
    z.superRefine((guidelines, ctx) => {
      const analysed = new Set<string>();
      for (const rule of guidelines.rules) {
        for (const { pattern } of rulePatterns(rule)) if (needsAnalysis(pattern)) analysed.add(pattern);
      }
      if (analysed.size > MAX_ANALYSED_PATTERNS_PER_BRAND) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules'],
          message: t(
            'guidelinesRefusalTooManyPatterns',
            formatNumber(analysed.size),
            formatNumber(MAX_ANALYSED_PATTERNS_PER_BRAND),
          ),
          input: guidelines.rules,
        });
      }
      const seen = new Map<string, number>();
      guidelines.rules.forEach((rule, index) => {
        const first = seen.get(rule.id);
        if (first === undefined) seen.set(rule.id, index);
        else {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', index, 'id'],
            message: t('guidelinesRefusalIdTwice', `"${rule.id}"`, `rules[${first}]`),
            input: rule.id,
          });
        }
      });
    }),
  );
export type Guidelines = z.infer<typeof GuidelinesSchema>;
export type GuidelinesInput = z.input<typeof GuidelinesSchema>;

export type GuidelinesValidation =
  | { ok: true; guidelines: Guidelines }
  | { ok: false; errors: GuidelinesError[] };

export interface GuidelinesError {
  /** Where, as the user reads it: the field, and the rule's id when it has one (in the UI language). */
  path: string;
  /** The field alone (`rules[3].tokens[1]`), empty for the guidelines as a whole. */
  field: string;
  message: string;
}

/** `rules[3].tokens[1]`, the way a person reads a path into the file they imported. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** The rule's id, when the value has one, makes an error easier to find than an index alone. */
function ruleIdAt(value: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'rules' || typeof path[1] !== 'number' || typeof value !== 'object' || value === null) {
    return undefined;
  }
  const rules = (value as { rules?: unknown }).rules;
  const rule = Array.isArray(rules) ? (rules[path[1]] as unknown) : undefined;
  const id = typeof rule === 'object' && rule !== null ? (rule as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Validates anything (an imported file, a stored record) as guidelines. Returns the guidelines with defaults
 * filled in, or one readable error per field, e.g. `rules[2].token (rule "hashtags")`: `(#\w+)+` can take
 * exponentially long… .
 */
export function validateGuidelines(value: unknown): GuidelinesValidation {
  const result = GuidelinesSchema.safeParse(value);
  if (result.success) return { ok: true, guidelines: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      const id = ruleIdAt(value, issue.path);
      const field = formatPath(issue.path);
      const path = id ? t('guidelinesRefusalAtRule', field, id) : field || t('guidelinesRefusalTopLevel');
      return { path, field, message: issue.message };
    }),
  };
}
