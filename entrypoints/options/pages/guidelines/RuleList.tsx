import { useState } from 'react';
import { ruleTitle } from '@/components/finding-card/finding-card';
import { type Rule, type RuleKind, SEVERITIES } from '@/utils/checks';
import type { Brand } from '@/utils/db/records';
import { saveFailureText } from '@/utils/db/save-failure';
import { formatNumber, t } from '@/utils/i18n';
import { saveBrand, withRules } from './brand-store';
import { KIND_LABELS, RuleForm, SEVERITY_LABELS } from './RuleForm';
import { exampleMessage, ruleSentence, ruleTokens } from './rule-wording';

const KINDS = Object.keys(KIND_LABELS) as RuleKind[];

/** What the rule is under the hood: its id (packs and Vale name it so) and any regular expressions. */
function RuleAdvanced({ rule }: { rule: Rule }) {
  const { patterns } = ruleTokens(rule);
  return (
    <details className="rule-advanced">
      <summary>{t('guidelinesAdvanced')}</summary>
      <dl>
        <dt>{t('guidelinesAdvancedId')}</dt>
        <dd>
          <code>{rule.id}</code>
        </dd>
        {patterns.length > 0 && (
          <>
            <dt>{t('guidelinesAdvancedPatterns')}</dt>
            {patterns.map((pattern) => (
              <dd key={pattern}>
                <code>{pattern}</code>
              </dd>
            ))}
          </>
        )}
        <dt>{t('guidelinesAdvancedMessage')}</dt>
        <dd>{rule.message}</dd>
      </dl>
    </details>
  );
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
      setError(saveFailureText(e));
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
                      <strong>{ruleTitle(rule.id)}</strong>
                      <div>{ruleSentence(rule)}</div>
                      <div className="muted">{exampleMessage(rule)}</div>
                      <RuleAdvanced rule={rule} />
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
