import { useState } from 'react';
import { type Rule, type RuleKind, SEVERITIES } from '@/utils/checks';
import type { Brand } from '@/utils/db/records';
import { formatNumber, type MessageKey, t } from '@/utils/i18n';
import { saveBrand, withRules } from './brand-store';
import { CASE_CHOICES, KIND_LABELS, RuleForm, SCOPE_CHOICES, SEVERITY_LABELS } from './RuleForm';

const KINDS = Object.keys(KIND_LABELS) as RuleKind[];

/** One line summing up what a rule checks, so the list reads without opening each rule. */
function summary(rule: Rule): string {
  switch (rule.kind) {
    case 'existence':
      return rule.tokens.join(', ');
    case 'substitution':
      return Object.entries(rule.swap)
        .map(([wrong, right]) => `${wrong} → ${right}`)
        .join(', ');
    case 'occurrence':
      return `${rule.token}: ${[
        rule.min !== undefined && t('guidelinesSummaryAtLeast', formatNumber(rule.min)),
        rule.max !== undefined && t('guidelinesSummaryAtMost', formatNumber(rule.max)),
      ]
        .filter(Boolean)
        .join(', ')}`;
    case 'conditional':
      return t('guidelinesSummaryNeeds', rule.first, rule.second);
    case 'repetition':
      return rule.tokens.join(', ');
    case 'readability':
      return t('guidelinesSummaryGrade', formatNumber(rule.grade));
    case 'consistency':
      return Object.entries(rule.either)
        .map(([a, b]) => `${a} / ${b}`)
        .join(', ');
    case 'capitalization':
      return t('guidelinesSummaryCase', caseName(rule.match), scopeName(rule.scope ?? 'paragraph'));
    case 'metric':
      return `${rule.formula.trim()} ${rule.condition.trim()}`;
  }
}

/** A capitalization rule's case in the words of the form; a pattern is shown as written. */
function caseName(match: string): string {
  const key: MessageKey | undefined = CASE_CHOICES.find(([value]) => value === match)?.[1];
  return key ? t(key) : match;
}

function scopeName(scope: string): string {
  const key: MessageKey | undefined = SCOPE_CHOICES.find(([value]) => value === scope)?.[1];
  return key ? t(key) : scope;
}

type Editing = { kind: RuleKind; id?: string } | undefined;

export function RuleList({ brand, readOnly }: { brand: Brand; readOnly: boolean }) {
  const [editing, setEditing] = useState<Editing>();
  const [error, setError] = useState<string>();
  const rules = brand.guidelines.rules;

  const update = async (next: Partial<Brand>) => {
    try {
      await saveBrand({ ...brand, ...next });
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const replaceRule = (id: string, rule: Rule) =>
    update({
      guidelines: withRules(
        brand.guidelines,
        rules.map((r) => (r.id === id ? rule : r)),
      ),
    });

  return (
    <div className="rule-list">
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {KINDS.map((kind) => {
        const ofKind = rules.filter((rule) => rule.kind === kind);
        return (
          <section key={kind} aria-label={t(KIND_LABELS[kind].title)}>
            <h3>
              {t(KIND_LABELS[kind].title)} <span className="muted">({formatNumber(ofKind.length)})</span>
            </h3>
            <ul>
              {ofKind.map((rule) =>
                editing?.id === rule.id ? (
                  <li key={rule.id}>
                    <RuleForm
                      kind={kind}
                      rule={rule}
                      otherIds={rules.filter((r) => r.id !== rule.id).map((r) => r.id)}
                      onCancel={() => setEditing(undefined)}
                      onSave={async (changed) => {
                        const enabled = !brand.disabledRules.includes(rule.id);
                        await saveBrand({
                          ...brand,
                          guidelines: withRules(
                            brand.guidelines,
                            rules.map((r) => (r.id === rule.id ? changed : r)),
                          ),
                          disabledRules: brand.disabledRules
                            .filter((id) => id !== rule.id)
                            .concat(enabled ? [] : [changed.id]),
                        });
                        setEditing(undefined);
                      }}
                    />
                  </li>
                ) : (
                  <li key={rule.id} className="rule-row" data-rule-id={rule.id}>
                    <input
                      type="checkbox"
                      role="switch"
                      aria-label={t('guidelinesCheckRule', rule.id)}
                      aria-checked={!brand.disabledRules.includes(rule.id)}
                      checked={!brand.disabledRules.includes(rule.id)}
                      disabled={readOnly}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        const others = brand.disabledRules.filter((id) => id !== rule.id);
                        void update({ disabledRules: on ? others : [...others, rule.id] });
                      }}
                    />
                    <div className="rule-text">
                      <strong>{rule.id}</strong> <span className="muted">{summary(rule)}</span>
                      <div>{rule.message}</div>
                    </div>
                    <select
                      aria-label={t('guidelinesSeverityOf', rule.id)}
                      value={rule.severity}
                      disabled={readOnly}
                      onChange={(e) =>
                        void replaceRule(rule.id, {
                          ...rule,
                          severity: e.currentTarget.value as Rule['severity'],
                        })
                      }
                    >
                      {SEVERITIES.map((s) => (
                        <option key={s} value={s}>
                          {t(SEVERITY_LABELS[s])}
                        </option>
                      ))}
                    </select>
                    <button
                      type="button"
                      className="button"
                      disabled={readOnly}
                      onClick={() => setEditing({ kind, id: rule.id })}
                    >
                      {t('guidelinesEdit')}
                      <span className="visually-hidden"> {rule.id}</span>
                    </button>
                    <button
                      type="button"
                      className="button"
                      disabled={readOnly}
                      onClick={() =>
                        void update({
                          guidelines: withRules(
                            brand.guidelines,
                            rules.filter((r) => r.id !== rule.id),
                          ),
                          disabledRules: brand.disabledRules.filter((id) => id !== rule.id),
                        })
                      }
                    >
                      {t('guidelinesDelete')}
                      <span className="visually-hidden"> {rule.id}</span>
                    </button>
                  </li>
                ),
              )}
            </ul>
            {editing && editing.kind === kind && editing.id === undefined ? (
              <RuleForm
                kind={kind}
                otherIds={rules.map((r) => r.id)}
                onCancel={() => setEditing(undefined)}
                onSave={async (rule) => {
                  await saveBrand({ ...brand, guidelines: withRules(brand.guidelines, [...rules, rule]) });
                  setEditing(undefined);
                }}
              />
            ) : (
              !readOnly && (
                <button type="button" className="button" onClick={() => setEditing({ kind })}>
                  {t(KIND_LABELS[kind].add)}
                </button>
              )
            )}
          </section>
        );
      })}
    </div>
  );
}
