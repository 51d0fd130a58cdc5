import { type FormEvent, useState } from 'react';
import { PLATFORM_IDS, READABILITY_METRICS, type Rule, type RuleKind, SEVERITIES } from '@/utils/checks';
import { siteName } from '@/utils/sites/meta';
import { validateRule } from './brand-store';

/** What each kind does, in the words of the form. */
export const KIND_LABELS: Record<RuleKind, { title: string; help: string }> = {
  existence: {
    title: 'Banned words',
    help: 'Flag these words or phrases (one per line; regular expressions allowed).',
  },
  substitution: {
    title: 'Preferred wording',
    help: 'Suggest the preferred form: one pair per line, "wrong -> preferred".',
  },
  occurrence: {
    title: 'Occurrence limits',
    help: 'Limit how often a pattern may appear, e.g. at most 3 hashtags.',
  },
  conditional: {
    title: 'Conditional pairs',
    help: 'When the first pattern appears, the second must appear too.',
  },
  repetition: { title: 'Repetition', help: 'Flag the same word twice in a row.' },
  readability: {
    title: 'Readability grade',
    help: 'Flag drafts that need more than this school grade to read.',
  },
  consistency: {
    title: 'Consistency',
    help: 'Flag drafts mixing two variants: one pair per line, "one -> other".',
  },
  capitalization: {
    title: 'Capitalization',
    help: 'Flag paragraphs (or sentences) not written in this case, e.g. sentence case.',
  },
  metric: {
    title: 'Text metric',
    help: 'Flag drafts whose formula over words, sentences, syllables… meets the condition, e.g. > 8.',
  },
};

/** Vale's case names, in the words of the form; "pattern" means the field below holds an expression. */
const CASE_CHOICES = [
  ['$sentence', 'Sentence case'],
  ['$title', 'Title case'],
  ['$lower', 'lower case'],
  ['$upper', 'UPPER CASE'],
  ['pattern', 'Matches a pattern'],
] as const;
const SCOPE_CHOICES = [
  ['paragraph', 'paragraph'],
  ['sentence', 'sentence'],
] as const;
const TITLE_STYLE_CHOICES = [
  ['AP', 'AP'],
  ['Chicago', 'Chicago'],
] as const;

function Choice<V extends string>(props: {
  label: string;
  value: V;
  choices: readonly (readonly [V, string])[];
  onChange: (value: V) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as V)}>
        {props.choices.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The form's text fields; turned into a rule on submit and validated with the engine's schema. */
interface Draft {
  kind: RuleKind;
  id: string;
  message: string;
  severity: Rule['severity'];
  ignorecase: boolean;
  platforms: string[];
  link: string;
  lines: string;
  pattern: string;
  second: string;
  max: string;
  min: string;
  grade: string;
  metrics: string[];
  flag: boolean;
  /** Capitalization: one of CASE_CHOICES' values. */
  caseMatch: string;
  titleStyle: 'AP' | 'Chicago';
  scope: 'paragraph' | 'sentence';
}

const splitLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const PAIR_SEPARATOR = /\s*->\s*/;
function toPairs(text: string): Record<string, string> {
  return Object.fromEntries(
    splitLines(text).map((line) => {
      const [left = '', ...right] = line.split(PAIR_SEPARATOR);
      return [left, right.join(' -> ')];
    }),
  );
}
const fromPairs = (map: Record<string, string>) =>
  Object.entries(map)
    .map(([left, right]) => `${left} -> ${right}`)
    .join('\n');

function draftOf(rule: Rule | undefined, kind: RuleKind): Draft {
  const draft: Draft = {
    kind,
    id: rule?.id ?? '',
    message: rule?.message ?? '',
    severity: rule?.severity ?? 'warning',
    ignorecase: rule?.ignorecase ?? true,
    platforms: rule?.platforms ?? [],
    link: rule?.link ?? '',
    lines: '',
    pattern: '',
    second: '',
    max: '',
    min: '',
    grade: '8',
    metrics: [],
    flag: false,
    caseMatch: '$sentence',
    titleStyle: 'AP',
    scope: 'paragraph',
  };
  if (!rule) return draft;
  switch (rule.kind) {
    case 'existence':
      return { ...draft, lines: rule.tokens.join('\n'), flag: rule.nonword ?? false };
    case 'substitution':
      return { ...draft, lines: fromPairs(rule.swap), flag: rule.nonword ?? false };
    case 'occurrence':
      return { ...draft, pattern: rule.token, max: String(rule.max ?? ''), min: String(rule.min ?? '') };
    case 'conditional':
      return { ...draft, pattern: rule.first, second: rule.second };
    case 'repetition':
      return { ...draft, lines: rule.tokens.join('\n'), flag: rule.alpha ?? false };
    case 'readability':
      return { ...draft, grade: String(rule.grade), metrics: rule.metrics ?? [] };
    case 'consistency':
      return { ...draft, lines: fromPairs(rule.either), flag: rule.nonword ?? false };
    case 'capitalization': {
      const named = CASE_CHOICES.some(([value]) => value === rule.match);
      return {
        ...draft,
        caseMatch: named ? rule.match : 'pattern',
        pattern: named ? '' : rule.match,
        lines: (rule.exceptions ?? []).join('\n'),
        titleStyle: rule.style ?? 'AP',
        scope: rule.scope ?? 'paragraph',
      };
    }
    case 'metric':
      return { ...draft, pattern: rule.formula, second: rule.condition };
  }
}

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** The rule the form describes, unvalidated: the schema says what is wrong with it. */
function ruleOf(draft: Draft): Record<string, unknown> {
  const common = {
    id: draft.id.trim(),
    kind: draft.kind,
    message: draft.message.trim(),
    severity: draft.severity,
    ignorecase: draft.ignorecase,
    ...(draft.platforms.length ? { platforms: draft.platforms } : {}),
    ...(draft.link.trim() ? { link: draft.link.trim() } : {}),
  };
  switch (draft.kind) {
    case 'existence':
      return { ...common, tokens: splitLines(draft.lines), ...(draft.flag ? { nonword: true } : {}) };
    case 'substitution':
      return { ...common, swap: toPairs(draft.lines), ...(draft.flag ? { nonword: true } : {}) };
    case 'occurrence':
      return {
        ...common,
        token: draft.pattern,
        max: numberOrUndefined(draft.max),
        min: numberOrUndefined(draft.min),
      };
    case 'conditional':
      return { ...common, first: draft.pattern, second: draft.second };
    case 'repetition':
      return { ...common, tokens: splitLines(draft.lines), ...(draft.flag ? { alpha: true } : {}) };
    case 'readability':
      return {
        ...common,
        grade: Number(draft.grade),
        ...(draft.metrics.length ? { metrics: draft.metrics } : {}),
      };
    case 'consistency':
      return { ...common, either: toPairs(draft.lines), ...(draft.flag ? { nonword: true } : {}) };
    case 'capitalization': {
      const exceptions = splitLines(draft.lines);
      return {
        ...common,
        match: draft.caseMatch === 'pattern' ? draft.pattern : draft.caseMatch,
        ...(draft.caseMatch === '$title' ? { style: draft.titleStyle } : {}),
        ...(exceptions.length ? { exceptions } : {}),
        ...(draft.scope === 'sentence' ? { scope: 'sentence' } : {}),
      };
    }
    case 'metric':
      return { ...common, formula: draft.pattern, condition: draft.second };
  }
}

interface RuleFormProps {
  kind: RuleKind;
  rule?: Rule;
  /** Ids of the brand's other rules, which this one must not reuse. */
  otherIds: readonly string[];
  onSave: (rule: Rule) => Promise<void>;
  onCancel: () => void;
}

export function RuleForm({ kind, rule, otherIds, onSave, onCancel }: RuleFormProps) {
  const [draft, setDraft] = useState(() => draftOf(rule, kind));
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const toggle = (key: 'platforms' | 'metrics', value: string) =>
    setDraft((d) => ({
      ...d,
      [key]: d[key].includes(value) ? d[key].filter((v) => v !== value) : [...d[key], value],
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    // Let the busy state paint: checking patterns for backtracking can take a moment.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const result = validateRule(ruleOf(draft), otherIds);
    if (!result.ok) {
      setErrors(result.errors);
      setBusy(false);
      return;
    }
    try {
      await onSave(result.rule);
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
      setBusy(false);
    }
  };

  const linesLabel =
    kind === 'existence'
      ? 'Words or phrases, one per line'
      : kind === 'repetition'
        ? 'What counts as a word (patterns, one per line)'
        : kind === 'substitution'
          ? 'Pairs, one per line: wrong -> preferred (a|b offers both)'
          : 'Pairs, one per line: one -> other';

  return (
    <form
      className="rule-form card"
      aria-label={`${rule ? 'Edit' : 'New'} rule: ${KIND_LABELS[kind].title}`}
      onSubmit={submit}
    >
      <p className="muted">{KIND_LABELS[kind].help}</p>
      <div className="grid">
        <label>
          Rule id
          <input
            value={draft.id}
            onChange={(e) => set('id', e.currentTarget.value)}
            placeholder="e.g. hype-words"
          />
        </label>
        <label>
          Severity
          <select
            value={draft.severity}
            onChange={(e) => set('severity', e.currentTarget.value as Rule['severity'])}
          >
            {SEVERITIES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Message shown to the writer (%s is the flagged text)
        <input value={draft.message} onChange={(e) => set('message', e.currentTarget.value)} />
      </label>

      {(kind === 'existence' ||
        kind === 'substitution' ||
        kind === 'repetition' ||
        kind === 'consistency') && (
        <label>
          {linesLabel}
          <textarea rows={5} value={draft.lines} onChange={(e) => set('lines', e.currentTarget.value)} />
        </label>
      )}
      {(kind === 'occurrence' || kind === 'conditional') && (
        <label>
          {kind === 'occurrence' ? 'Pattern to count' : 'When this appears'}
          <input value={draft.pattern} onChange={(e) => set('pattern', e.currentTarget.value)} />
        </label>
      )}
      {kind === 'conditional' && (
        <label>
          …this must appear too
          <input value={draft.second} onChange={(e) => set('second', e.currentTarget.value)} />
        </label>
      )}
      {kind === 'occurrence' && (
        <div className="grid">
          <label>
            At most
            <input
              type="number"
              min={0}
              value={draft.max}
              onChange={(e) => set('max', e.currentTarget.value)}
            />
          </label>
          <label>
            At least
            <input
              type="number"
              min={0}
              value={draft.min}
              onChange={(e) => set('min', e.currentTarget.value)}
            />
          </label>
        </div>
      )}
      {kind === 'readability' && (
        <>
          <label>
            Highest grade
            <input
              type="number"
              min={1}
              max={20}
              value={draft.grade}
              onChange={(e) => set('grade', e.currentTarget.value)}
            />
          </label>
          <fieldset>
            <legend>Metrics (all when none is ticked)</legend>
            {READABILITY_METRICS.map((metric) => (
              <label key={metric} className="inline">
                <input
                  type="checkbox"
                  checked={draft.metrics.includes(metric)}
                  onChange={() => toggle('metrics', metric)}
                />
                {metric}
              </label>
            ))}
          </fieldset>
        </>
      )}
      {kind === 'capitalization' && (
        <>
          <div className="grid">
            <Choice
              label="Case"
              value={draft.caseMatch}
              choices={CASE_CHOICES}
              onChange={(value) => set('caseMatch', value)}
            />
            <Choice
              label="Check each"
              value={draft.scope}
              choices={SCOPE_CHOICES}
              onChange={(value) => set('scope', value)}
            />
          </div>
          {draft.caseMatch === '$title' && (
            <Choice
              label="Title style"
              value={draft.titleStyle}
              choices={TITLE_STYLE_CHOICES}
              onChange={(value) => set('titleStyle', value)}
            />
          )}
          {draft.caseMatch === 'pattern' && (
            <label>
              Pattern each paragraph must match
              <input value={draft.pattern} onChange={(e) => set('pattern', e.currentTarget.value)} />
            </label>
          )}
          <label>
            Words always written as here, one per line (e.g. iPhone)
            <textarea rows={3} value={draft.lines} onChange={(e) => set('lines', e.currentTarget.value)} />
          </label>
        </>
      )}
      {kind === 'metric' && (
        <>
          <label>
            Formula (words, sentences, syllables, characters, complex_words, long_words, polysyllabic_words)
            <input
              value={draft.pattern}
              onChange={(e) => set('pattern', e.currentTarget.value)}
              placeholder="(0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59"
            />
          </label>
          <label>
            Flag when the result is
            <input
              value={draft.second}
              onChange={(e) => set('second', e.currentTarget.value)}
              placeholder="> 8"
            />
          </label>
        </>
      )}
      {(kind === 'existence' || kind === 'substitution' || kind === 'consistency') && (
        <label className="inline">
          <input
            type="checkbox"
            checked={draft.flag}
            onChange={(e) => set('flag', e.currentTarget.checked)}
          />
          Match inside words too
        </label>
      )}
      {kind === 'repetition' && (
        <label className="inline">
          <input
            type="checkbox"
            checked={draft.flag}
            onChange={(e) => set('flag', e.currentTarget.checked)}
          />
          Only words with letters
        </label>
      )}
      <label className="inline">
        <input
          type="checkbox"
          checked={draft.ignorecase}
          onChange={(e) => set('ignorecase', e.currentTarget.checked)}
        />
        Ignore case
      </label>
      <fieldset>
        <legend>Only on these platforms (all when none is ticked)</legend>
        {PLATFORM_IDS.map((platform) => (
          <label key={platform} className="inline">
            <input
              type="checkbox"
              checked={draft.platforms.includes(platform)}
              onChange={() => toggle('platforms', platform)}
            />
            {siteName(platform)}
          </label>
        ))}
      </fieldset>
      <label>
        Link to the style guide (optional)
        <input type="url" value={draft.link} onChange={(e) => set('link', e.currentTarget.value)} />
      </label>
      {errors.length > 0 && (
        <ul className="error" role="alert">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Checking…' : 'Save rule'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
