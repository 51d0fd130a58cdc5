import { type ReactNode, useState } from 'react';
import { t } from '@/utils/i18n';
import { useModalDialog } from './useModalDialog';

interface Props<F extends string> {
  fileName: string;
  headers: string[];
  fields: readonly F[];
  labels: Record<F, string>;
  /** What is needed, in a sentence. */
  hint: string;
  initial: Partial<Record<F, string>>;
  ready: (mapping: Partial<Record<F, string>>) => boolean;
  onDone: (mapping: Partial<Record<F, string>>) => void;
  onCancel: () => void;
  /** Further questions about the file (its platform, how its dates are written). */
  children?: ReactNode;
}

/** Which column of a spreadsheet is which, asked once per set of headers (the caller remembers the answer). */
export function ColumnMapping<F extends string>(props: Props<F>) {
  const { fileName, headers, fields, labels, hint, initial, ready, onDone, onCancel, children } = props;
  const dialog = useModalDialog();
  const [mapping, setMapping] = useState<Partial<Record<F, string>>>(initial);

  return (
    <dialog ref={dialog} className="entry-editor" aria-labelledby="csv-mapping-title" onClose={onCancel}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onDone(mapping);
        }}
      >
        <h2 id="csv-mapping-title">{t('analyticsMappingTitle', fileName)}</h2>
        <p>{hint}</p>
        {children}
        {fields.map((field) => (
          <label key={field}>
            {labels[field]}
            <select
              value={mapping[field] ?? ''}
              onChange={(event) => {
                const { [field]: _old, ...rest } = mapping;
                setMapping(
                  (event.target.value ? { ...rest, [field]: event.target.value } : rest) as Partial<
                    Record<F, string>
                  >,
                );
              }}
            >
              <option value="">{t('analyticsMappingNone')}</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </label>
        ))}
        <div className="actions">
          <button type="submit" className="button primary" disabled={!ready(mapping)}>
            {t('analyticsMappingPreview')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('analyticsCancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
