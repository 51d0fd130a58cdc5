import { load } from 'js-yaml';
import { type Rule, RuleSchema } from '../checks/guidelines';

/**
 * Reads a Vale style (https://vale.sh/docs/styles): one YAML file per rule, the file name being the rule's
 * name. Vale's field names are OnBrand's, so a supported rule maps almost one to one; what OnBrand cannot do
 * is reported per file instead of being dropped silently or imported half-working.
 */

export interface ValeFile {
  /** The file's name, e.g. `Hype.yml`; becomes the rule id. */
  name: string;
  text: string;
}

export interface ValeImport {
  rules: Rule[];
  skipped: { file: string; reason: string }[];
  /** Fields of imported rules that OnBrand ignores, so the user knows the rule behaves a little differently. */
  ignored: { file: string; fields: string[] }[];
}

const SUPPORTED_KINDS = new Set<string>([
  'existence',
  'substitution',
  'occurrence',
  'conditional',
  'repetition',
  'readability',
  'consistency',
]);

/** Vale fields OnBrand reads, per kind (besides the common ones). */
const KIND_FIELDS: Record<string, readonly string[]> = {
  existence: ['tokens', 'nonword'],
  substitution: ['swap', 'nonword'],
  occurrence: ['token', 'max', 'min'],
  conditional: ['first', 'second'],
  repetition: ['tokens', 'alpha'],
  readability: ['metrics', 'grade'],
  consistency: ['either'],
};
const COMMON_FIELDS = ['extends', 'message', 'level', 'ignorecase', 'link'];
/** Fields that change what a rule matches: without them the rule would flag the wrong things. */
const MEANING_FIELDS: Record<string, string> = {
  raw: 'it builds its pattern from `raw`, which OnBrand does not support',
  exceptions: 'it lists `exceptions`, which OnBrand does not support',
  vocab: 'it depends on Vale vocabularies (`vocab`), which OnBrand does not have',
  match: 'its `match` (a capitalization style) belongs to the capitalization kind',
};

const SEVERITY_OF_LEVEL: Record<string, Rule['severity']> = {
  error: 'error',
  warning: 'warning',
  suggestion: 'info',
};

function ruleIdOf(fileName: string): string {
  const base = fileName.replace(/^.*[/\\]/, '').replace(/\.ya?ml$/i, '');
  return (
    base
      .replace(/[^A-Za-z0-9._-]/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '')
      .slice(0, 64) || 'vale-rule'
  );
}

function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id.slice(0, 60)}-${n}`;
  taken.add(candidate);
  return candidate;
}

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) =>
      issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/** `takenIds`: ids already used by the brand's rules, so imported ones get fresh ids instead of clashing. */
export function importValeStyle(files: readonly ValeFile[], takenIds: Iterable<string> = []): ValeImport {
  const result: ValeImport = { rules: [], skipped: [], ignored: [] };
  const taken = new Set(takenIds);
  for (const file of files) {
    const skip = (reason: string) => result.skipped.push({ file: file.name, reason });
    let doc: unknown;
    try {
      doc = load(file.text);
    } catch (error) {
      skip(`not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : error})`);
      continue;
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      skip('not a Vale rule (a YAML mapping with `extends`)');
      continue;
    }
    const vale = doc as Record<string, unknown>;
    const kind = vale.extends;
    if (typeof kind !== 'string') {
      skip('has no `extends`, so its kind is unknown');
      continue;
    }
    if (!SUPPORTED_KINDS.has(kind)) {
      skip(`its kind \`${kind}\` is not one OnBrand checks (it supports ${[...SUPPORTED_KINDS].join(', ')})`);
      continue;
    }
    const meaningField = Object.keys(MEANING_FIELDS).find((field) => field in vale);
    if (meaningField) {
      skip(MEANING_FIELDS[meaningField] as string);
      continue;
    }
    const level = vale.level ?? 'suggestion';
    const severity = typeof level === 'string' ? SEVERITY_OF_LEVEL[level] : undefined;
    if (!severity) {
      skip(`its level \`${String(level)}\` is not suggestion, warning or error`);
      continue;
    }

    const known = new Set([...COMMON_FIELDS, ...(KIND_FIELDS[kind] ?? [])]);
    const candidate: Record<string, unknown> = {
      id: ruleIdOf(file.name),
      kind,
      severity,
      message: vale.message ?? `Flagged by the Vale rule ${ruleIdOf(file.name)}.`,
    };
    for (const field of known) {
      if (field in vale && !['extends', 'level', 'message'].includes(field)) candidate[field] = vale[field];
    }
    const parsed = RuleSchema.safeParse(candidate);
    if (!parsed.success) {
      skip(describeIssues(parsed.error.issues));
      continue;
    }
    result.rules.push({ ...parsed.data, id: uniqueId(parsed.data.id, taken) });
    const ignoredFields = Object.keys(vale).filter((field) => !known.has(field));
    if (ignoredFields.length) result.ignored.push({ file: file.name, fields: ignoredFields });
  }
  return result;
}
