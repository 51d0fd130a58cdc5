import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { EntryChecksContext, useEntryChecks } from '@/components/ui/entry-checks';
import type { ColourBy } from '@/utils/calendar/colours';
import { pillarsOf } from '@/utils/calendar/content-mix';
import { type EntryForm, entryFromForm, formOf, newEntryForm } from '@/utils/calendar/entry-form';
import { type CalendarFilters, isFiltered, matchesFilters } from '@/utils/calendar/filters';
import {
  layoutDays,
  layoutMonth,
  monthGridDays,
  rangeOf,
  weekDays,
  weekStartFor,
} from '@/utils/calendar/layout';
import { moveRefusalText } from '@/utils/calendar/move-refusal';
import {
  addDays,
  dayOf,
  isDay,
  moveToDay,
  moveToDayAndTime,
  type ResolvedTime,
  shiftClock,
  userTimeZone,
  wallTimeOf,
} from '@/utils/calendar/time';
import { dropUnsavedEdit, type UnsavedEdit, unsavedEdits } from '@/utils/calendar/unsaved-edits';
import { CalendarConflictError, CalendarEntryError, calendarRepository } from '@/utils/db/calendar';
import { getDatabase } from '@/utils/db/database';
import type { CalendarEntry } from '@/utils/db/records';
import { saveFailureText } from '@/utils/db/save-failure';
import { formatNumber, plural, quoted, t, uiLocale } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { AnalyticsHistoryProvider } from './AnalyticsHistory';
import { CalendarAgendaView } from './CalendarAgendaView';
import { CalendarContentMix } from './CalendarContentMix';
import type { MoveBy } from './CalendarEntryChip';
import { CalendarEntryEditor } from './CalendarEntryEditor';
import { CalendarLegend } from './CalendarLegend';
import { CalendarMonthView, dayLabel } from './CalendarMonthView';
import { CALENDAR_VIEWS, CalendarToolbar, type CalendarView } from './CalendarToolbar';
import { CalendarTransfer } from './CalendarTransfer';
import { CalendarWeekView } from './CalendarWeekView';
import { TeamConflictsProvider } from './TeamConflictPanel';
import './calendar.css';

const calendar = calendarRepository(getDatabase());
const AGENDA_DAYS = 30;

export type Notice = { kind: 'status' | 'error'; text: string };

interface Editing {
  form: EntryForm;
  /** The form as the stored entry fills it, when `form` holds edits resumed from earlier. */
  pristine?: EntryForm;
  isNew: boolean;
  problems: string[];
  /** The save was refused: the entry changed (or was deleted) elsewhere; `current` is how it is now. */
  conflict?: { message: string; current: CalendarEntry | undefined };
}

/** `#/calendar?view=week&date=2026-11-24&entry=<id>`: the view can be linked to and survives a reload. */
function readHashParams() {
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const view = params.get('view');
  const date = params.get('date') ?? '';
  return {
    view: (CALENDAR_VIEWS as readonly string[]).includes(view ?? '') ? (view as CalendarView) : undefined,
    date: isDay(date) ? date : undefined,
    entry: params.get('entry') ?? undefined,
  };
}

/** Why a save was refused because the entry changed (or was deleted) elsewhere since the editor opened it. */
function conflictText(current: CalendarEntry | undefined): string {
  if (!current) return t('calendarConflictDeleted');
  const key = current.status === 'published' ? 'calendarConflictPublished' : 'calendarConflictChanged';
  return t(key, quoted(current.title));
}

/** A sentence with the note on a time the clocks skip or repeat, if there is one. */
const withNote = (text: string, note: string | undefined) => (note ? `${text} ${note}` : text);

/** Tells the background the calendar changed, so its reminder alarm follows. */
function remindersChanged(): void {
  void sendMessage('calendar.remindersChanged', {});
}

export function CalendarPage() {
  const timeZone = useMemo(userTimeZone, []);
  const locale = uiLocale();
  const weekStart = useMemo(() => weekStartFor(navigator.language), []);
  const today = dayOf(Date.now(), timeZone);
  const initial = useMemo(readHashParams, []);
  const [view, setView] = useState<CalendarView>(initial.view ?? 'month');
  const [anchor, setAnchor] = useState(initial.date ?? today);
  const [filters, setFilters] = useState<CalendarFilters>({});
  const [colourBy, setColourBy] = useState<ColourBy>('platform');
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState<Notice>();
  const [kept, setKept] = useState<UnsavedEdit[]>([]);
  const focusAfterMove = useRef<string>(undefined);
  // The chips' findings, checked with each site's brand and the partners as the entry's editor checks them.
  const checks = useEntryChecks();

  useEffect(() => {
    history.replaceState(null, '', `#/calendar?view=${view}&date=${anchor}`);
  }, [view, anchor]);
  // A link or a typed address to another view or date while the calendar is open.
  useEffect(() => {
    const follow = () => {
      const params = readHashParams();
      if (params.view) setView(params.view);
      if (params.date) setAnchor(params.date);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const days = useMemo(() => {
    if (view === 'month') return monthGridDays(anchor.slice(0, 7), weekStart);
    if (view === 'week') return weekDays(anchor, weekStart);
    return Array.from({ length: AGENDA_DAYS }, (_, index) => addDays(anchor, index));
  }, [view, anchor, weekStart]);
  const range = useMemo(() => rangeOf(days, timeZone), [days, timeZone]);
  const inRange = useLiveQuery(() => calendar.between(range.from, range.to), [range.from, range.to]);
  const campaigns = useLiveQuery(
    async () => (await getDatabase().calendarEntries.orderBy('campaign').uniqueKeys()).map(String),
    [],
  );
  // The entries whose results are read: the range's (a filter change reads nothing) and the one being edited.
  const editingId = editing?.form.id;
  const resultEntryIds = useMemo(
    () =>
      [...new Set([...(inRange ?? []).map((entry) => entry.id), ...(editingId ? [editingId] : [])])].sort(),
    [inRange, editingId],
  );
  const shown = useMemo(
    () => (inRange ?? []).filter((entry) => matchesFilters(entry, filters)),
    [inRange, filters],
  );
  // The content mix is the brand's plan: the default brand's pillars and target (the calendar has one plan).
  const planBrand = checks.brands.find((brand) => brand.isDefault) ?? checks.brands[0];
  const pillars = useMemo(() => pillarsOf(planBrand), [planBrand]);
  // The month view shows the days of the weeks around the month too; the mix counts the month's own.
  const inPeriod = useMemo(
    () =>
      view === 'month'
        ? shown.filter((entry) => dayOf(entry.at, timeZone).startsWith(anchor.slice(0, 7)))
        : shown,
    [view, shown, timeZone, anchor],
  );

  useEffect(() => {
    if (!initial.entry) return;
    void calendar.get(initial.entry).then((entry) => {
      if (entry) setEditing({ form: formOf(entry, timeZone), isNew: false, problems: [] });
    });
  }, [initial.entry, timeZone]);

  // Keyboard moves keep the focus on the moved entry, wherever it landed.
  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id || !shown.some((entry) => entry.id === id)) return;
    focusAfterMove.current = undefined;
    document.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(id)}"]`)?.focus();
  }, [shown]);

  const describeTime = (at: number) =>
    `${dayLabel(dayOf(at, timeZone), locale, { weekday: 'short', day: 'numeric', month: 'short' })} ${wallTimeOf(at, timeZone).time}`;

  // Edits left unsaved by Escape, a closed tab or a crash are offered back when the calendar opens.
  useEffect(() => {
    void unsavedEdits().then(setKept);
  }, []);

  async function resume(edit: UnsavedEdit) {
    setKept((all) => all.filter((other) => other.form.id !== edit.form.id));
    const stored = edit.isNew ? undefined : await calendar.get(edit.form.id);
    setEditing({
      form: edit.form,
      pristine: stored ? formOf(stored, timeZone) : { ...newEntryForm(edit.form.day), id: edit.form.id },
      isNew: edit.isNew || !stored,
      problems: [],
    });
  }

  async function discardKept(id: string) {
    setKept((all) => all.filter((other) => other.form.id !== id));
    await dropUnsavedEdit(id);
  }

  async function moveEntry(entry: CalendarEntry, resolved: ResolvedTime) {
    try {
      // Based on the entry as shown: a drag of an entry changed elsewhere meanwhile is refused, not applied.
      await calendar.save(
        { ...entry, at: resolved.at, timeZone, updatedAt: Date.now() },
        { basedOn: entry.updatedAt },
      );
      remindersChanged();
      setNotice({
        kind: 'status',
        text: withNote(t('calendarMoved', quoted(entry.title), describeTime(resolved.at)), resolved.note),
      });
    } catch (error) {
      setNotice({ kind: 'error', text: moveRefusalText(entry.title, error) });
    }
  }

  const byId = (id: string) => shown.find((entry) => entry.id === id);
  const onMove = (entry: CalendarEntry, by: MoveBy) => {
    focusAfterMove.current = entry.id;
    const resolved =
      'days' in by
        ? moveToDay(entry.at, timeZone, addDays(dayOf(entry.at, timeZone), by.days))
        : shiftClock(entry.at, timeZone, by.minutes);
    // Follow the entry when it leaves the days on screen.
    const day = dayOf(resolved.at, timeZone);
    if (!days.includes(day)) setAnchor(day);
    void moveEntry(entry, resolved);
  };
  const onDropOnDay = (id: string, day: string) => {
    const entry = byId(id);
    if (entry) void moveEntry(entry, moveToDay(entry.at, timeZone, day));
  };
  const onDropAtHour = (id: string, day: string, hour: number) => {
    const entry = byId(id);
    if (!entry) return;
    const minutes = wallTimeOf(entry.at, timeZone).time.slice(3);
    void moveEntry(entry, moveToDayAndTime(day, `${String(hour).padStart(2, '0')}:${minutes}`, timeZone));
  };

  const onOpen = (entry: CalendarEntry) =>
    setEditing({ form: formOf(entry, timeZone), isNew: false, problems: [] });
  const onCreate = (day: string) => setEditing({ form: newEntryForm(day), isNew: true, problems: [] });

  async function save(form: EntryForm) {
    const result = entryFromForm(form, timeZone, Date.now());
    if (!result.ok)
      return setEditing((current) => current && { ...current, form, problems: result.problems });
    try {
      await calendar.save(result.entry, form.basedOn === undefined ? {} : { basedOn: form.basedOn });
    } catch (error) {
      if (error instanceof CalendarConflictError) {
        const conflict = { message: conflictText(error.current), current: error.current };
        return setEditing((current) => current && { ...current, form, problems: [], conflict });
      }
      const problems = error instanceof CalendarEntryError ? error.problems : [saveFailureText(error)];
      return setEditing((current) => current && { ...current, form, problems });
    }
    await dropUnsavedEdit(form.id);
    remindersChanged();
    setEditing(undefined);
    setNotice({
      kind: 'status',
      text: withNote(
        t('calendarSaved', quoted(result.entry.title), describeTime(result.entry.at)),
        result.time.note,
      ),
    });
    const day = dayOf(result.entry.at, timeZone);
    if (!days.includes(day)) setAnchor(day);
  }

  /** After a conflict, the user's version saved over the stored one as it is now (or again, if deleted). */
  function overwrite(form: EntryForm) {
    const current = editing?.conflict?.current;
    void save({ ...form, basedOn: current?.updatedAt });
  }

  /** After a conflict, the user's edits dropped for the stored entry as it is now. */
  async function takeTheirs() {
    const current = editing?.conflict?.current;
    if (editing) await dropUnsavedEdit(editing.form.id);
    setEditing(current ? { form: formOf(current, timeZone), isNew: false, problems: [] } : undefined);
  }

  async function duplicate(form: EntryForm) {
    const copy: EntryForm = {
      ...form,
      basedOn: undefined,
      id: crypto.randomUUID(),
      title: t('copyTitle', form.title).slice(0, 300),
      status: form.status === 'published' ? 'draft' : form.status,
      icalUid: undefined,
      publishedAt: undefined,
      publishedLinks: {},
      // The crisis lists the entries it paused; a copy made now is not one of them.
      pausedBy: undefined,
      createdAt: undefined,
    };
    const result = entryFromForm(copy, timeZone, Date.now());
    if (!result.ok) return setEditing((current) => current && { ...current, problems: result.problems });
    await calendar.save(result.entry);
    remindersChanged();
    setEditing({ form: formOf(result.entry, timeZone), isNew: false, problems: [] });
    setNotice({ kind: 'status', text: t('calendarDuplicated', quoted(result.entry.title)) });
  }

  async function remove(id: string) {
    const entry = await calendar.get(id);
    await calendar.delete(id);
    remindersChanged();
    setEditing(undefined);
    setNotice({ kind: 'status', text: t('calendarDeleted', quoted(entry?.title ?? id)) });
  }

  const step = (direction: -1 | 0 | 1) => {
    if (direction === 0) return setAnchor(today);
    if (view === 'month') {
      const [y, m] = anchor.split('-').map(Number) as [number, number];
      const first = new Date(Date.UTC(y, m - 1 + direction, 1)).toISOString().slice(0, 10);
      return setAnchor(first);
    }
    setAnchor(addDays(anchor, direction * (view === 'week' ? 7 : AGENDA_DAYS)));
  };

  const title =
    view === 'month'
      ? dayLabel(`${anchor.slice(0, 7)}-15`, locale, { month: 'long', year: 'numeric' })
      : `${dayLabel(days[0] ?? anchor, locale, { day: 'numeric', month: 'short' })} – ${dayLabel(days.at(-1) ?? anchor, locale, { day: 'numeric', month: 'short', year: 'numeric' })}`;

  const viewProps = { timeZone, colourBy, locale, onOpen, onMove, onCreate };
  return (
    <EntryChecksContext.Provider value={checks}>
      <TeamConflictsProvider>
        <AnalyticsHistoryProvider entryIds={resultEntryIds}>
          <section className="calendar-page">
            <div className="calendar-head">
              <h1>{t('calendarTitle')}</h1>
              <button
                type="button"
                className="button primary"
                onClick={() => onCreate(view === 'month' ? today : anchor)}
              >
                {t('calendarNewEntry')}
              </button>
              <CalendarTransfer
                timeZone={timeZone}
                filters={filters}
                onDone={(result) => {
                  setNotice(result);
                  if (result.kind === 'status') remindersChanged();
                }}
              />
            </div>
            <CalendarToolbar
              view={view}
              title={title}
              filters={filters}
              campaigns={campaigns ?? []}
              pillars={pillars}
              colourBy={colourBy}
              onView={setView}
              onStep={step}
              onFilters={setFilters}
              onColourBy={setColourBy}
            />
            <p className="muted">
              {t(view === 'week' ? 'calendarHintHours' : 'calendarHintDays', timeZone)}
              {isFiltered(filters)
                ? ` ${t('calendarShowing', formatNumber(shown.length), plural('calendarOfEntries', inRange?.length ?? 0))}`
                : ''}
            </p>
            <CalendarLegend entries={shown} colourBy={colourBy} />
            <CalendarContentMix entries={inPeriod} brand={planBrand} />
            <div
              className={`notice-line ${notice?.kind ?? ''}`}
              role={notice?.kind === 'error' ? 'alert' : 'status'}
            >
              {notice?.text}
            </div>
            {kept.length > 0 && (
              <ul className="kept-edits" aria-label={t('calendarUnsavedChanges')}>
                {kept.map((edit) => (
                  <li key={edit.form.id}>
                    {t(
                      'calendarUnsavedChangesTo',
                      edit.form.title ? quoted(edit.form.title) : t('calendarUntitled'),
                      new Date(edit.keptAt).toLocaleTimeString(locale, {
                        hour: '2-digit',
                        minute: '2-digit',
                      }),
                    )}{' '}
                    <button type="button" className="button" onClick={() => void resume(edit)}>
                      {t('calendarResume')}
                    </button>{' '}
                    <button type="button" className="button" onClick={() => void discardKept(edit.form.id)}>
                      {t('calendarDiscard')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {inRange === undefined ? (
              <p className="muted">{t('calendarLoading')}</p>
            ) : view === 'month' ? (
              <CalendarMonthView
                {...viewProps}
                weeks={layoutMonth(anchor.slice(0, 7), timeZone, shown, { weekStart, today })}
                onDropOnDay={onDropOnDay}
                onShowDay={(day) => {
                  setAnchor(day);
                  setView('week');
                }}
              />
            ) : view === 'week' ? (
              <CalendarWeekView
                {...viewProps}
                days={layoutDays(days, timeZone, shown, { today })}
                onDropAtHour={onDropAtHour}
              />
            ) : (
              <CalendarAgendaView {...viewProps} days={layoutDays(days, timeZone, shown, { today })} />
            )}
            {editing && (
              <CalendarEntryEditor
                key={`${editing.form.id}@${editing.form.basedOn ?? 'new'}`}
                initial={editing.form}
                pristine={editing.pristine}
                isNew={editing.isNew}
                conflict={editing.conflict?.message}
                onOverwrite={overwrite}
                onTakeTheirs={() => void takeTheirs()}
                onTeamVersionKept={(entry) => {
                  void dropUnsavedEdit(editing.form.id);
                  setEditing(entry && { form: formOf(entry, timeZone), isNew: false, problems: [] });
                }}
                timeZone={timeZone}
                problems={editing.problems}
                campaigns={campaigns ?? []}
                pillars={pillars}
                onSave={(form) => void save(form)}
                onDuplicate={(form) => void duplicate(form)}
                onDelete={(id) => void remove(id)}
                onClose={() => setEditing(undefined)}
              />
            )}
          </section>
        </AnalyticsHistoryProvider>
      </TeamConflictsProvider>
    </EntryChecksContext.Provider>
  );
}
