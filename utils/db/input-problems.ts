import { formatNumber, type MessageKey, t } from '../i18n';

/**
 * The form's name for each field of a record, in the catalogue; a list's field can name its items instead
 * (`{ item: 'partnerHandleLabel' }`, "Handle $N$"), numbered from 1. A plain label of a list is followed by
 * the item's number ("Asset 2").
 */
export type FieldLabels = Partial<Record<string, MessageKey | { item: MessageKey }>>;

/**
 * `Name: Give the partner a name.`: one problem with what the user typed, under the label of its form field,
 * in the UI language. A record's field names are code (`name`, `until`); zod's own refusals (a value too
 * long, a wrong kind) name no field, so the label is what tells the user which box to change. A problem of
 * no labelled field is the record's (`record`, "Entry").
 */
export function describeInputIssue(
  issue: { path: PropertyKey[]; message: string },
  labels: FieldLabels,
  record: MessageKey,
): string {
  const [field, index] = issue.path;
  const label = field === undefined ? undefined : labels[String(field)];
  const number = typeof index === 'number' ? formatNumber(index + 1) : undefined;
  const where =
    label === undefined
      ? t(record)
      : typeof label === 'string'
        ? number === undefined
          ? t(label)
          : `${t(label)} ${number}`
        : t(label.item, number ?? '').trim();
  return t('fieldProblem', where, issue.message);
}

/** Every problem with what the user typed, each under its field's label (describeInputIssue), as one text. */
export function describeInputProblems(
  issues: readonly { path: PropertyKey[]; message: string }[],
  labels: FieldLabels,
): string {
  return issues.map((issue) => describeInputIssue(issue, labels, 'recordProblemFieldRecord')).join(' ');
}
