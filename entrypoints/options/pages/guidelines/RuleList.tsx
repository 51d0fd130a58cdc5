import { useState } from 'react';
import { type Rule, type RuleKind, SEVERITIES } from '@/utils/checks';
import type { Brand } from '@/utils/db/records';
import { saveBrand, withRules } from './brand-store';
import { KIND_LABELS, RuleForm } from './RuleForm';

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
      return `${rule.token}: ${rule.min !== undefined ? `at least ${rule.min}` : ''}${rule.min !== undefined && rule.max !== undefined ? ', ' : ''}${rule.max !== undefined ? `at most ${rule.max}` : ''}`;
    case 'conditional':
      return `${rule.first} needs ${rule.second}`;
    case 'repetition':
      return rule.tokens.join(', ');
    case 'readability':
      return `grade ${rule.grade} or lower`;
    case 'consistency':
      return Object.entries(rule.either)
        .map(([a, b]) => `${a} / ${b}`)
        .join(', ');
    case 'capitalization':
      return `${rule.match.startsWith('$') ? `${rule.match.slice(1)} case` : rule.match} per ${rule.scope ?? 'paragraph'}`;
    case 'metric':
      return `${rule.formula.trim()} ${rule.condition.trim()}`;
  }
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
          <section key={kind} aria-label={KIND_LABELS[kind].title}>
            <h3>
              {KIND_LABELS[kind].title} <span className="muted">({ofKind.length})</span>
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
                      aria-label={`Check rule ${rule.id}`}
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
                      aria-label={`Severity of ${rule.id}`}
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
                        <option key={s}>{s}</option>
                      ))}
                    </select>
                    <button
                      type="button"
                      className="button"
                      disabled={readOnly}
                      onClick={() => setEditing({ kind, id: rule.id })}
                    >
                      Edit<span className="visually-hidden"> {rule.id}</span>
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
                      Delete<span className="visually-hidden"> {rule.id}</span>
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
                  Add {KIND_LABELS[kind].title.toLowerCase()} rule
                </button>
              )
            )}
          </section>
        );
      })}
    </div>
  );
}
