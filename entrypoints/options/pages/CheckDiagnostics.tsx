import { useState } from 'react';
import { type CheckFailure, checkFailures, clearCheckFailures } from '@/utils/checks';

/**
 * Checks that threw while this dashboard checked drafts (the calendar, "Try it"). A failing check never breaks
 * the page, it only loses its own findings, so without this list nobody would know.
 */
export function CheckDiagnostics() {
  const [failures, setFailures] = useState<CheckFailure[]>(() => checkFailures());
  return (
    <>
      <h2>Check diagnostics</h2>
      {failures.length === 0 ? (
        <p className="muted">No check has failed since this page opened.</p>
      ) : (
        <>
          <p>
            These checks failed and their findings are missing. Please report them with the message shown.
          </p>
          <ul className="card">
            {failures.map((failure) => (
              <li key={`${failure.origin}:${failure.ruleId}`}>
                {failure.origin === 'built-in' ? 'The built-in check ' : 'The guideline rule '}
                <strong>{failure.ruleId}</strong> failed{' '}
                {failure.count === 1 ? 'once' : `${failure.count} times`}: {failure.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={() => setFailures(checkFailures())}>
        Refresh
      </button>{' '}
      {failures.length > 0 && (
        <button
          type="button"
          onClick={() => {
            clearCheckFailures();
            setFailures([]);
          }}
        >
          Clear
        </button>
      )}
    </>
  );
}
