import { formatNumber, type MessageKey, t } from '../i18n';

/**
 * The form's name for each field of a record, in the catalogue; a list's field can name its items instead
 * (`{ item: 'partnerHandleLabel' }`, "Handle $N$"), numbered from 1.
 */
export type FieldLabels = Partial<Record<string, MessageKey | { item: MessageKey }>>;

/**
 * `Name: Give the partner a name.`: what is wrong with what the user typed, each problem under the label of
 * its form field (as the calendar words its entries), in the UI language. A record's field names are code
 * (`name`, `until`); zod's own refusals (a value too long, a wrong kind) name no field, so the label is what
 * tells the user which box to change. A problem of no labelled field is the record's.
 */
export function describeInputProblems(
  issues: readonly { path: PropertyKey[]; message: string }[],
  labels: FieldLabels,
): string {
  return issues
    .map((issue) => {
      const [field, index] = issue.path;
      const label = field === undefined ? undefined : labels[String(field)];
      const where =
        label === undefined
          ? t('recordProblemFieldRecord')
          : typeof label === 'string'
            ? t(label)
            : typeof index === 'number'
              ? t(label.item, formatNumber(index + 1))
              : t(label.item, '');
      return t('fieldProblem', where.trim(), issue.message);
    })
    .join(' ');
}
