import { type KeyboardEvent, useContext } from 'react';
import { EntryChecksContext } from '@/components/ui/entry-checks';
import { type ColourBy, entryColour } from '@/utils/calendar/colours';
import {
  type EntryFindingsSummary,
  entryFindings,
  type FindingsState,
} from '@/utils/calendar/entry-findings';
import { platformName } from '@/utils/calendar/platform-names';
import { statusLabel } from '@/utils/calendar/status-labels';
import { dayOf, wallTimeOf } from '@/utils/calendar/time';
import type { CalendarEntry } from '@/utils/db/records';
import { listOf, type MessageKey, plural, t } from '@/utils/i18n';
import { EntryResultsMark, resultsName, useEntryResults } from './EntryResults';
import { TeamConflictBadge, useHasTeamConflict } from './TeamConflictPanel';

/** The MIME type an entry travels under while it is dragged. */
export const ENTRY_DRAG_TYPE = 'application/x-onbrand-entry';

export type MoveBy = { days: number } | { minutes: number };

export const FINDINGS_LABELS: Record<FindingsState, MessageKey> = {
  ok: 'calendarChecksPass',
  warning: 'calendarChecksWarn',
  error: 'calendarChecksFail',
  empty: 'calendarChecksNoDraft',
};

function findingsLabel({ state, count }: EntryFindingsSummary): string {
  return state === 'ok' || state === 'empty'
    ? t(FINDINGS_LABELS[state])
    : t('calendarChipFindings', plural('weekFindings', count), t(FINDINGS_LABELS[state]));
}

/**
 * What a screen reader says for an entry: "14:00 Launch teaser, In review, X and Instagram, 2 findings: …",
 * and a published one's results: "…, results: X engagement rate 4.0 %".
 */
function chipName(
  entry: CalendarEntry,
  time: string,
  platforms: string,
  twoVersions: boolean,
  findings: EntryFindingsSummary,
  results: string,
): string {
  return [
    `${time} ${entry.title}`,
    statusLabel(entry.status),
    ...(entry.pausedBy ? [t('crisisPaused')] : []),
    ...(twoVersions ? [t('teamConflictBadge')] : []),
    ...(platforms ? [platforms] : []),
    findingsLabel(findings),
    ...(results ? [results] : []),
  ].join(', ');
}

interface Props {
  entry: CalendarEntry;
  timeZone: string;
  colourBy: ColourBy;
  /** What Alt+↑/↓ does: a week in the month view, an hour in the week view. */
  verticalStep: MoveBy;
  onOpen: (entry: CalendarEntry) => void;
  onMove: (entry: CalendarEntry, by: MoveBy) => void;
}

/**
 * One entry in a view. Drag it to another day or hour, or move it from the keyboard: Alt+←/→ moves it a day,
 * Alt+↑/↓ a week (month view) or an hour (week view). Enter opens it.
 */
export function CalendarEntryChip({ entry, timeZone, colourBy, verticalStep, onOpen, onMove }: Props) {
  // Checked with the brand the composer would pick on each site, the partners on the planned day.
  const findings = entryFindings(entry, useContext(EntryChecksContext), dayOf(entry.at, timeZone));
  const { state } = findings;
  const time = wallTimeOf(entry.at, timeZone).time;
  const platforms = listOf(entry.platforms.map(platformName));
  const twoVersions = useHasTeamConflict(entry.id);
  const results = useEntryResults(entry.id);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!event.altKey) return;
    const moves: Record<string, MoveBy> = {
      ArrowLeft: { days: -1 },
      ArrowRight: { days: 1 },
      ArrowUp: 'days' in verticalStep ? { days: -verticalStep.days } : { minutes: -verticalStep.minutes },
      ArrowDown: verticalStep,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    onMove(entry, move);
  };
  return (
    <button
      type="button"
      className="entry-chip"
      data-entry-id={entry.id}
      data-status={entry.status}
      data-findings={state}
      data-paused={entry.pausedBy ? 'true' : undefined}
      data-conflict={twoVersions ? 'true' : undefined}
      draggable
      style={{ borderLeftColor: entryColour(entry, colourBy) }}
      aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown"
      aria-label={chipName(entry, time, platforms, twoVersions, findings, resultsName(results))}
      title={t('calendarChipTitle', entry.title, platforms || t('calendarNoPlatform'))}
      onClick={() => onOpen(entry)}
      onKeyDown={onKeyDown}
      onDragStart={(event) => {
        event.dataTransfer.setData(ENTRY_DRAG_TYPE, entry.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <span className={`findings-dot ${state}`} aria-hidden="true" />
      <span className="entry-time">{time}</span>
      <span className="entry-title">{entry.title}</span>
      {entry.pausedBy && <span className="entry-paused">{t('crisisPaused')}</span>}
      {twoVersions && <TeamConflictBadge />}
      <EntryResultsMark results={results} />
      {/* Seen at a glance; the chip's name already says both, so screen readers do not hear them twice. */}
      <span className="entry-meta" aria-hidden="true">
        {[statusLabel(entry.status), platforms].filter(Boolean).join(' · ')}
      </span>
    </button>
  );
}
