import { useState } from 'react';
import { t } from '@/utils/i18n';

/**
 * "Why?" and the button that starts crisis mode: the dashboard's and the popup's. `onStart` gets the reason
 * as typed; the field empties once it resolves.
 */
export function CrisisStartForm({
  label,
  className,
  onStart,
}: {
  label: string;
  className?: string;
  onStart: (reason: string) => Promise<boolean>;
}) {
  const [reason, setReason] = useState('');
  return (
    <form
      className={className}
      aria-label={t('crisisStartLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        void onStart(reason).then((started) => started && setReason(''));
      }}
    >
      <label className="field">
        <span>{label}</span>
        <input value={reason} maxLength={500} required onChange={(e) => setReason(e.currentTarget.value)} />
      </label>
      <button type="submit" className="button primary">
        {t('crisisStart')}
      </button>
    </form>
  );
}
