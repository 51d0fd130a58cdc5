import { load } from 'js-yaml';
import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n/message-key';
import { type Rule, RuleSchema } from '../checks/guidelines';
import { type Wording, type WordingArg, worded } from '../checks/types';
import { mergeRepeatedRuns, translateGoPattern } from './vale-patterns';

/**
 * Reads a Vale style (https://vale.sh/docs/styles): one YAML file per rule, the file name being the rule's
 * name. Vale's field names are OnBrand's, so a supported rule maps almost one to one. Every file gets a line in
 * the report: imported as is, imported with a change of meaning (which), or refused (why).
 * docs/vale-semantics.md lists what each kind does and where it differs from Vale.
 */

export interface ValeFile {
  /** The file's name, e.g. `Hype.yml`; becomes the rule id. */
  name: string;
  text: string;
}

export type ValeFileStatus = 'imported' | 'changed' | 'refused';

export interface ValeFileReport {
  file: string;
  status: ValeFileStatus;
  /** Why it was refused, or how the imported rule behaves differently from Vale's. */
  reasons: string[];
  /** Each reason in the catalogue's words, to show in the UI language (none for a pattern's own notes). */
  reasonWordings: (Wording | null)[];
  /** Go regular expressions rewritten for JavaScript with the same meaning, said so the user can check. */
  translations: string[];
}

export interface ValeImport {
  rules: Rule[];
  report: ValeFileReport[];
  skipped: { file: string; reason: string }[];
}

/** Vale fields OnBrand reads, per kind (besides the common ones). */
const KIND_FIELDS: Record<string, readonly string[]> = {
  existence: ['tokens', 'nonword', 'exceptions'],
  substitution: ['swap', 'nonword', 'exceptions', 'capitalize'],
  occurrence: ['token', 'max', 'min'],
  conditional: ['first', 'second', 'exceptions'],
  repetition: ['tokens', 'alpha'],
  readability: ['metrics', 'grade'],
  consistency: ['either', 'nonword'],
  capitalization: ['match', 'style', 'exceptions', 'indicators', 'threshold', 'prefix'],
  metric: ['formula', 'condition'],
};
const COMMON_FIELDS = ['message', 'ignorecase', 'link', 'action'];
/** Read by the import itself rather than copied. */
const HANDLED_FIELDS = new Set([
  'extends',
  'level',
  'scope',
  'raw',
  'append',
  'description',
  'vocab',
  'code',
]);

/** A reason in English (the report's text) and in the catalogue's words, when it has them. */
interface Reason {
  text: string;
  wording: Wording | null;
}

const said = (key: MessageKey, text: string, ...args: WordingArg[]): Reason => ({
  text,
  wording: worded(key, ...args),
});

/** Vale kinds that cannot mean anything for a social post, with the reason. */
const REFUSED_KINDS: Record<string, Reason> = {
  spelling: said(
    'guidelinesValeReasonSpelling',
    'it is a `spelling` rule, which needs Hunspell dictionaries that OnBrand does not ship',
  ),
  sequence: said(
    'guidelinesValeReasonSequence',
    'it is a `sequence` rule, which needs part-of-speech tagging that OnBrand does not do',
  ),
  script: said(
    'guidelinesValeReasonScript',
    'it is a `script` rule (Tengo code), which OnBrand does not run',
  ),
};

/** Vale's markup counts (metric.go `variables`); in a post they are all 0. */
const MARKUP_COUNT = /\b(?:heading[._]h[1-6]|pre|list|blockquote)\b/;

const SEVERITY_OF_LEVEL: Record<string, Rule['severity']> = {
  error: 'error',
  warning: 'warning',
  suggestion: 'info',
};

/**
 * Vale scopes (https://vale.sh/docs/scoping) that mean something in a post. A post has no markup, so
 * `heading`, `table`, `list`, `blockquote`, `code`, `link`, `alt` and similar scopes never apply.
 */
const SCOPES_OF_A_POST = new Set(['text', 'raw', 'summary', 'paragraph', 'sentence']);

const MARKUP_FORMATS = new Set(['md', 'rst', 'adoc', 'asciidoc', 'org', 'html', 'xml', 'dita', 'tex']);

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

function asStrings(value: unknown): string[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  return null;
}

/** One file → a rule candidate, or the reason it cannot be one. */
function convert(
  vale: Record<string, unknown>,
  fileName: string,
): { candidate: Record<string, unknown>; changes: Reason[]; translations: string[] } | { refused: Reason } {
  const kind = vale.extends;
  if (typeof kind !== 'string')
    return { refused: said('guidelinesValeReasonNoExtends', 'it has no `extends`, so its kind is unknown') };
  const level = vale.level ?? 'suggestion';
  const severity = typeof level === 'string' ? SEVERITY_OF_LEVEL[level] : undefined;
  if (!severity) {
    return {
      refused: said(
        'guidelinesValeReasonLevel',
        `its level \`${String(level)}\` is not suggestion, warning or error`,
        `\`${String(level)}\``,
      ),
    };
  }
  const changes: Reason[] = [];
  const translations: string[] = [];

  const scopes = asStrings(vale.scope) ?? [];
  let blockScope: 'sentence' | 'paragraph' | undefined;
  if (scopes.length > 0) {
    // `paragraph.rst` and the like only apply to files of that markup format, which a post is not.
    const meaningful = scopes.filter((scope) => {
      const [base = '', qualifier] = scope.replace(/^~/, '').split('.');
      const ofAPost = SCOPES_OF_A_POST.has(base) && !MARKUP_FORMATS.has(qualifier ?? '');
      // `~heading` is everything but headings (Vale's negated selector, scope.go): in a post, all of it.
      return scope.startsWith('~') ? !ofAPost : ofAPost;
    });
    if (meaningful.length === 0) {
      return {
        refused: said(
          'guidelinesValeReasonScopes',
          `it only checks \`${scopes.join(', ')}\`, which a social post does not have (a post is plain text)`,
          `\`${scopes.join(', ')}\``,
        ),
      };
    }
    if (kind === 'capitalization' || kind === 'occurrence') {
      // Vale checks each block of the scope; a post's blocks are its paragraphs and sentences (blocks.ts).
      blockScope = meaningful.includes('sentence')
        ? 'sentence'
        : meaningful.includes('paragraph')
          ? 'paragraph'
          : undefined;
    } else if (kind === 'metric') {
      // Vale runs every metric on the whole document (metric.go sets the scope to `summary`).
    } else if (meaningful.some((scope) => scope === 'sentence' || scope === 'paragraph')) {
      const sentences = meaningful.includes('sentence');
      changes.push(
        said(
          sentences ? 'guidelinesValeReasonWholePostSentence' : 'guidelinesValeReasonWholePostParagraph',
          `it runs on the whole post, not ${sentences ? 'sentence by sentence' : 'paragraph by paragraph'} (scope ${meaningful.join(', ')})`,
          meaningful.join(', '),
        ),
      );
    }
  }
  const refusedKind = REFUSED_KINDS[kind];
  if (refusedKind) return { refused: refusedKind };
  if (kind === 'metric' && typeof vale.formula === 'string' && MARKUP_COUNT.test(vale.formula)) {
    return {
      refused: said(
        'guidelinesValeReasonMarkupFormula',
        'its formula counts headings, lists, code blocks or quotes, which a post does not have (they would always be 0)',
      ),
    };
  }
  if (!KIND_FIELDS[kind])
    return {
      refused: said(
        'guidelinesValeReasonUnknownKind',
        `its kind \`${kind}\` is not one of Vale's`,
        `\`${kind}\``,
      ),
    };
  if (vale.vocab === false) {
    // Vale's vocabularies do not exist in OnBrand, so `vocab: false` (ignore them) is what happens anyway.
  }

  const candidate: Record<string, unknown> = {
    id: ruleIdOf(fileName),
    kind,
    severity,
    message: vale.message ?? t('guidelinesValeDefaultMessage', ruleIdOf(fileName)),
    ...(blockScope ? { scope: blockScope } : {}),
  };
  const known = new Set([...COMMON_FIELDS, ...(KIND_FIELDS[kind] ?? [])]);
  for (const field of known) if (field in vale && field !== 'message') candidate[field] = vale[field];
  if (typeof vale.message !== 'string' && vale.message !== undefined)
    candidate.message = String(vale.message);
  if (typeof candidate.link === 'string' && !/^https?:\/\//.test(candidate.link)) {
    delete candidate.link;
    changes.push(
      said('guidelinesValeReasonLinkNotWeb', 'its `link` is not a web address, so findings have no link'),
    );
  }
  if (vale.action !== undefined) {
    const action = vale.action as { name?: unknown; params?: unknown };
    const name = typeof action?.name === 'string' ? action.name : '';
    candidate.action = { name, ...(asStrings(action?.params) ? { params: asStrings(action.params) } : {}) };
    if (name !== 'replace' && name !== 'remove' && name !== 'suggest' && name !== 'edit' && name !== '') {
      changes.push(
        said(
          'guidelinesValeReasonAction',
          `its action \`${name}\` is not one OnBrand offers as a fix`,
          `\`${name}\``,
        ),
      );
    }
  }

  // Vale builds an existence rule's pattern from `raw` (joined) before or after the word-bounded tokens.
  if (kind === 'existence' && vale.raw !== undefined) {
    const raw = asStrings(vale.raw);
    if (!raw) return { refused: said('guidelinesValeReasonRawNotList', '`raw` is not a list of strings') };
    const tokens = asStrings(vale.tokens)?.filter((token) => token.trim() !== '') ?? [];
    const joinedRaw = raw.join('');
    const bounded =
      tokens.length > 0 && vale.nonword !== true ? `\\b(?:${tokens.join('|')})\\b` : tokens.join('|');
    const pattern =
      tokens.length === 0
        ? joinedRaw
        : vale.append === true
          ? `(?:${bounded})${joinedRaw}`
          : `${joinedRaw}(?:${bounded})`;
    candidate.tokens = [pattern];
    candidate.nonword = true;
  }

  // Translate every pattern from Go's regexp syntax to JavaScript's.
  const translate = (pattern: string, where: string): string => {
    const result = translateGoPattern(pattern);
    for (const note of result.notes) translations.push(`${where}: ${note}`);
    if (result.change) changes.push({ text: `${where}: ${result.change}`, wording: null });
    if (result.ignorecase && candidate.ignorecase !== true) {
      changes.push(
        said(
          'guidelinesValeReasonIgnoreCase',
          `${where}: \`(?i)\` in the pattern makes the whole rule ignore case`,
          where,
        ),
      );
      candidate.ignorecase = true;
    }
    return result.pattern;
  };
  const tokens = asStrings(candidate.tokens);
  if (tokens) {
    // A word-bounded existence token whose repeat splits a run of one class in many ways is matched in one
    // way only; the same findings (mergeRepeatedRuns).
    const merge = kind === 'existence' && candidate.nonword !== true;
    candidate.tokens = tokens
      .filter((token) => token.trim() !== '')
      .map((token, i) => {
        const translated = translate(token, `tokens[${i}]`);
        const merged = merge ? mergeRepeatedRuns(translated) : translated;
        if (merged !== translated) {
          translations.push(`tokens[${i}]: ${t('valeNoteMergedRuns', translated, merged)}`);
        }
        return merged;
      });
  }
  // An exception's own `(?i)` makes only that exception ignore case (vale.ts), so it stays.
  const exceptions = asStrings(candidate.exceptions);
  if (exceptions) {
    candidate.exceptions = exceptions.map((exception, i) => {
      const folded = exception.startsWith('(?i)');
      const translated = translate(folded ? exception.slice(4) : exception, `exceptions[${i}]`);
      return folded ? `(?i)${translated}` : translated;
    });
  }
  if (kind === 'capitalization' && typeof candidate.match === 'string' && !candidate.match.startsWith('$')) {
    candidate.match = translate(candidate.match, 'match');
  }
  if (kind === 'capitalization' && candidate.style !== undefined && candidate.style !== 'Chicago') {
    candidate.style = 'AP';
  }
  for (const field of ['token', 'first', 'second', 'prefix'] as const) {
    if (typeof candidate[field] === 'string') candidate[field] = translate(candidate[field] as string, field);
  }
  for (const field of ['swap', 'either'] as const) {
    const map = candidate[field];
    if (map && typeof map === 'object' && !Array.isArray(map)) {
      const out: Record<string, string> = {};
      for (const [key, value] of Object.entries(map as Record<string, unknown>)) {
        const translated = translate(key, `${field}.${key}`);
        out[translated] =
          field === 'either' ? translate(String(value), `${field}.${key}`) : String(value ?? '');
      }
      candidate[field] = out;
    }
  }
  const ignoredFields = Object.keys(vale).filter((field) => !known.has(field) && !HANDLED_FIELDS.has(field));
  if (ignoredFields.length) {
    const fields = ignoredFields.map((field) => `\`${field}\``).join(', ');
    changes.push(said('guidelinesValeReasonIgnoredFields', `OnBrand ignores ${fields}`, fields));
  }
  return { candidate, changes, translations };
}

/** `takenIds`: ids already used by the brand's rules, so imported ones get fresh ids instead of clashing. */
export function importValeStyle(files: readonly ValeFile[], takenIds: Iterable<string> = []): ValeImport {
  const result: ValeImport = { rules: [], report: [], skipped: [] };
  const taken = new Set(takenIds);
  for (const file of files) {
    const refuse = ({ text, wording }: Reason) => {
      result.skipped.push({ file: file.name, reason: text });
      result.report.push({
        file: file.name,
        status: 'refused',
        reasons: [text],
        reasonWordings: [wording],
        translations: [],
      });
    };
    let doc: unknown;
    try {
      doc = load(file.text);
    } catch (error) {
      const problem = String(error instanceof Error ? error.message.split('\n')[0] : error);
      refuse(said('guidelinesValeReasonNotYaml', `it is not valid YAML (${problem})`, problem));
      continue;
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      refuse(said('guidelinesValeReasonNotRule', 'it is not a Vale rule (a YAML mapping with `extends`)'));
      continue;
    }
    const vale = doc as Record<string, unknown>;
    const converted = convert(vale, file.name);
    if ('refused' in converted) {
      refuse(converted.refused);
      continue;
    }
    const parsed = RuleSchema.safeParse(converted.candidate);
    if (!parsed.success) {
      refuse({ text: describeIssues(parsed.error.issues), wording: null });
      continue;
    }
    result.rules.push({ ...parsed.data, id: uniqueId(parsed.data.id, taken) });
    result.report.push({
      file: file.name,
      status: converted.changes.length ? 'changed' : 'imported',
      reasons: converted.changes.map((change) => change.text),
      reasonWordings: converted.changes.map((change) => change.wording),
      translations: converted.translations,
    });
  }
  return result;
}
