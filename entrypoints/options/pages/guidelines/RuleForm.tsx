import { type FormEvent, useState } from 'react';
import { PLATFORM_IDS, READABILITY_METRICS, type Rule, type RuleKind, SEVERITIES } from '@/utils/checks';
import { saveFailureText } from '@/utils/db/save-failure';
import { type MessageKey, t } from '@/utils/i18n';
import { siteName } from '@/utils/sites/meta';
import { validateRule } from './brand-store';

/** What each kind does, in the words of the form: its title, help and "Add … rule" button (catalogue keys). */
export const KIND_LABELS: Record<RuleKind, { title: MessageKey; help: MessageKey; add: MessageKey }> = {
  existence: {
    title: 'guidelinesKindExistence',
    help: 'guidelinesKindExistenceHelp',
    add: 'guidelinesKindExistenceAdd',
  },
  substitution: {
    title: 'guidelinesKindSubstitution',
    help: 'guidelinesKindSubstitutionHelp',
    add: 'guidelinesKindSubstitutionAdd',
  },
  occurrence: {
    title: 'guidelinesKindOccurrence',
    help: 'guidelinesKindOccurrenceHelp',
    add: 'guidelinesKindOccurrenceAdd',
  },
  conditional: {
    title: 'guidelinesKindConditional',
    help: 'guidelinesKindConditionalHelp',
    add: 'guidelinesKindConditionalAdd',
  },
  repetition: {
    title: 'guidelinesKindRepetition',
    help: 'guidelinesKindRepetitionHelp',
    add: 'guidelinesKindRepetitionAdd',
  },
  readability: {
    title: 'guidelinesKindReadability',
    help: 'guidelinesKindReadabilityHelp',
    add: 'guidelinesKindReadabilityAdd',
  },
  consistency: {
    title: 'guidelinesKindConsistency',
    help: 'guidelinesKindConsistencyHelp',
    add: 'guidelinesKindConsistencyAdd',
  },
  capitalization: {
    title: 'guidelinesKindCapitalization',
    help: 'guidelinesKindCapitalizationHelp',
    add: 'guidelinesKindCapitalizationAdd',
  },
  metric: { title: 'guidelinesKindMetric', help: 'guidelinesKindMetricHelp', add: 'guidelinesKindMetricAdd' },
};

/** The engine's severities in the UI language; the value stays the engine's id. */
export const SEVERITY_LABELS: Record<Rule['severity'], MessageKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/** Vale's case names, in the words of the form; "pattern" means the field below holds an expression. */
export const CASE_CHOICES = [
  ['$sentence', 'guidelinesCaseSentence'],
  ['$title', 'guidelinesCaseTitle'],
  ['$lower', 'guidelinesCaseLower'],
  ['$upper', 'guidelinesCaseUpper'],
  ['pattern', 'guidelinesCasePattern'],
] as const satisfies readonly (readonly [string, MessageKey])[];
export const SCOPE_CHOICES = [
  ['paragraph', 'guidelinesScopeParagraph'],
  ['sentence', 'guidelinesScopeSentence'],
] as const satisfies readonly (readonly [string, MessageKey])[];
/** Style guides' names, the same in every language. */
const TITLE_STYLE_CHOICES = [
  ['AP', 'AP'],
  ['Chicago', 'Chicago'],
] as const;

function Choice<V extends string>(props: {
  label: string;
  value: V;
  choices: readonly (readonly [V, string])[];
  /** The choice's label as shown: a catalogue key's words, or the label itself. */
  show?: (label: string) => string;
  onChange: (value: V) => void;
}) {
  const show = props.show ?? ((label: string) => label);
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as V)}>
        {props.choices.map(([value, label]) => (
          <option key={value} value={value}>
            {show(label)}
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
      setErrors([saveFailureText(error)]);
      setBusy(false);
    }
  };

  const linesLabel = t(
    kind === 'existence'
      ? 'guidelinesLinesExistence'
      : kind === 'repetition'
        ? 'guidelinesLinesRepetition'
        : kind === 'substitution'
          ? 'guidelinesLinesSubstitution'
          : 'guidelinesLinesConsistency',
  );
  const showKey = (key: string) => t(key as MessageKey);

  return (
    <form
      className="rule-form card"
      aria-label={t(rule ? 'guidelinesRuleEditLabel' : 'guidelinesRuleNewLabel', t(KIND_LABELS[kind].title))}
      onSubmit={submit}
    >
      <p className="muted">{t(KIND_LABELS[kind].help)}</p>
      <div className="grid">
        <label>
          {t('guidelinesRuleId')}
          <input
            value={draft.id}
            onChange={(e) => set('id', e.currentTarget.value)}
            placeholder={t('guidelinesRuleIdExample')}
          />
        </label>
        <label>
          {t('guidelinesSeverity')}
          <select
            value={draft.severity}
            onChange={(e) => set('severity', e.currentTarget.value as Rule['severity'])}
          >
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(SEVERITY_LABELS[s])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {t('guidelinesMessage')}
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
          {t(kind === 'occurrence' ? 'guidelinesPatternToCount' : 'guidelinesWhenAppears')}
          <input value={draft.pattern} onChange={(e) => set('pattern', e.currentTarget.value)} />
        </label>
      )}
      {kind === 'conditional' && (
        <label>
          {t('guidelinesMustAppear')}
          <input value={draft.second} onChange={(e) => set('second', e.currentTarget.value)} />
        </label>
      )}
      {kind === 'occurrence' && (
        <div className="grid">
          <label>
            {t('guidelinesAtMost')}
            <input
              type="number"
              min={0}
              value={draft.max}
              onChange={(e) => set('max', e.currentTarget.value)}
            />
          </label>
          <label>
            {t('guidelinesAtLeast')}
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
            {t('guidelinesHighestGrade')}
            <input
              type="number"
              min={1}
              max={20}
              value={draft.grade}
              onChange={(e) => set('grade', e.currentTarget.value)}
            />
          </label>
          <fieldset>
            <legend>{t('guidelinesMetrics')}</legend>
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
              label={t('guidelinesCase')}
              value={draft.caseMatch}
              choices={CASE_CHOICES}
              show={showKey}
              onChange={(value) => set('caseMatch', value)}
            />
            <Choice
              label={t('guidelinesCheckEach')}
              value={draft.scope}
              choices={SCOPE_CHOICES}
              show={showKey}
              onChange={(value) => set('scope', value)}
            />
          </div>
          {draft.caseMatch === '$title' && (
            <Choice
              label={t('guidelinesTitleStyle')}
              value={draft.titleStyle}
              choices={TITLE_STYLE_CHOICES}
              onChange={(value) => set('titleStyle', value)}
            />
          )}
          {draft.caseMatch === 'pattern' && (
            <label>
              {t('guidelinesCasePatternField')}
              <input value={draft.pattern} onChange={(e) => set('pattern', e.currentTarget.value)} />
            </label>
          )}
          <label>
            {t('guidelinesExceptions')}
            <textarea rows={3} value={draft.lines} onChange={(e) => set('lines', e.currentTarget.value)} />
          </label>
        </>
      )}
      {kind === 'metric' && (
        <>
          <label>
            {t('guidelinesFormula')}
            <input
              value={draft.pattern}
              onChange={(e) => set('pattern', e.currentTarget.value)}
              placeholder={t('guidelinesFormulaExample')}
            />
          </label>
          <label>
            {t('guidelinesCondition')}
            <input
              value={draft.second}
              onChange={(e) => set('second', e.currentTarget.value)}
              placeholder={t('guidelinesConditionExample')}
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
          {t('guidelinesInsideWords')}
        </label>
      )}
      {kind === 'repetition' && (
        <label className="inline">
          <input
            type="checkbox"
            checked={draft.flag}
            onChange={(e) => set('flag', e.currentTarget.checked)}
          />
          {t('guidelinesOnlyLetters')}
        </label>
      )}
      <label className="inline">
        <input
          type="checkbox"
          checked={draft.ignorecase}
          onChange={(e) => set('ignorecase', e.currentTarget.checked)}
        />
        {t('guidelinesIgnoreCase')}
      </label>
      <fieldset>
        <legend>{t('guidelinesOnlyPlatforms')}</legend>
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
        {t('guidelinesStyleGuideLink')}
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
          {busy ? t('guidelinesChecking') : t('guidelinesSaveRule')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('guidelinesCancel')}
        </button>
      </div>
    </form>
  );
}
