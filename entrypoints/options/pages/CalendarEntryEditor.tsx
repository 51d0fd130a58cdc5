import { useLiveQuery } from 'dexie-react-hooks';
import { useContext, useEffect, useRef, useState } from 'react';
import { EntryChecksContext } from '@/components/ui/entry-checks';
import type { Pillar } from '@/utils/calendar/content-mix';
import { draftReports } from '@/utils/calendar/entry-findings';
import { type EntryForm, isEdited } from '@/utils/calendar/entry-form';
import { pillarLabel } from '@/utils/calendar/pillar-labels';
import { platformName } from '@/utils/calendar/platform-names';
import { statusLabel } from '@/utils/calendar/status-labels';
import { dropUnsavedEdit, keepUnsavedEdit } from '@/utils/calendar/unsaved-edits';
import { CHECKED_AS } from '@/utils/checks/partners';
import { PLATFORM_IDS, type PlatformId, type Relationship } from '@/utils/checks/types';
import { getDatabase } from '@/utils/db/database';
import {
  CALENDAR_STATUSES,
  type CalendarAsset,
  type CalendarEntry,
  type CalendarStatus,
  LICENCE_STATUSES,
  type LicenceStatus,
  RELATIONSHIPS_WITH_PARTNER,
  ResearchPostSchema,
} from '@/utils/db/records';
import { type MessageKey, plural, t, uiLocale } from '@/utils/i18n';
import { BestTimeOffers } from './BestTimeOffers';
import { CalendarDraftFindings } from './CalendarDraftFindings';
import { EntryResultsTable, useEntryResults } from './EntryResults';
import { TeamConflictPanel } from './TeamConflictPanel';

const RELATIONSHIP_LABELS: Partial<Record<Relationship, MessageKey>> = {
  none: 'calendarRelationshipNone',
  paid: 'calendarRelationshipPaid',
  gifted: 'calendarRelationshipGifted',
  affiliate: 'calendarRelationshipAffiliate',
  employee: 'calendarRelationshipEmployee',
  'own-product': 'calendarRelationshipOwnProduct',
};

const LICENCE_LABELS: Record<LicenceStatus, MessageKey> = {
  owned: 'calendarLicenceOwned',
  licensed: 'calendarLicenceLicensed',
  requested: 'calendarLicenceRequested',
  unknown: 'calendarLicenceUnknown',
};

/** Where a stored entry was planned, in the UI language: "(planned as 24 Nov 2026, 10:00 America/New_York; …)". */
function plannedInText({ day, time, timeZone }: NonNullable<EntryForm['plannedIn']>, here: string): string {
  const date = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
  return t('calendarPlannedIn', `${date} ${time}`, timeZone, here);
}

/** Research posts offered as inspiration links: the most recently saved ones. */
const RESEARCH_CHOICES = 200;

/** Typing is kept for later this long after the last keystroke. */
const KEEP_AFTER_MS = 300;

interface Props {
  initial: EntryForm;
  /** What the form holds when nothing was changed (the stored entry); `initial` unless edits were resumed. */
  pristine?: EntryForm;
  isNew: boolean;
  /** Set when the last save was refused because the entry changed elsewhere meanwhile. */
  conflict?: string;
  onOverwrite: (form: EntryForm) => void;
  onTakeTheirs: () => void;
  /** Another team member's version was kept beside this one, and the user kept one of them. */
  onTeamVersionKept: (entry: CalendarEntry | undefined) => void;
  timeZone: string;
  problems: string[];
  campaigns: string[];
  /** The content pillars an entry can have (the plan's brand's). */
  pillars: Pillar[];
  onSave: (form: EntryForm) => void;
  onDuplicate: (form: EntryForm) => void;
  onDelete: (id: string) => void;
  onClose: () => void;
}

export function CalendarEntryEditor({
  initial,
  pristine = initial,
  isNew,
  conflict,
  onOverwrite,
  onTakeTheirs,
  onTeamVersionKept,
  timeZone,
  problems,
  campaigns,
  pillars,
  onSave,
  onDuplicate,
  onDelete,
  onClose,
}: Props) {
  const [form, setForm] = useState(initial);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [askDiscard, setAskDiscard] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const set = <K extends keyof EntryForm>(key: K, value: EntryForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const edited = isEdited(pristine, form);
  const results = useEntryResults(form.id);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  // Unsaved edits go to session storage as the user types, so Escape, a closed tab or a crash loses nothing.
  useEffect(() => {
    const timer = setTimeout(
      () => void (edited ? keepUnsavedEdit(form, isNew) : dropUnsavedEdit(form.id)),
      KEEP_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [edited, form, isNew]);

  // Closing or reloading the tab with unsaved edits asks first (they are kept either way).
  useEffect(() => {
    if (!edited) return;
    const ask = (event: BeforeUnloadEvent) => {
      void keepUnsavedEdit(form, isNew);
      event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [edited, form, isNew]);

  /** Escape and Cancel close at once when nothing changed, and ask when something did. */
  const close = () => {
    if (edited) setAskDiscard(true);
    else onClose();
  };
  const discard = async () => {
    await dropUnsavedEdit(form.id);
    onClose();
  };

  const research = useLiveQuery(async () => {
    const rows = await getDatabase()
      .researchPosts.orderBy('savedAt')
      .reverse()
      .limit(RESEARCH_CHOICES)
      .toArray();
    return rows.flatMap((row) => {
      const parsed = ResearchPostSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
  });
  const researchLabel = (id: string) => {
    const post = research?.find((candidate) => candidate.id === id);
    if (!post) return t('calendarResearchGone', id);
    const author = post.author.handle
      ? `@${post.author.handle}`
      : (post.author.name ?? t('calendarUnknownAuthor'));
    return t('calendarResearchPost', author, platformName(post.platform), post.text.slice(0, 80));
  };

  // Each platform's draft is checked with the brand the composer would pick there (markets, wording).
  // The calendar page's brands, partners and markets: the drafts are checked as the composer checks them.
  const checks = useContext(EntryChecksContext);
  const { partners } = checks;
  const reports = draftReports(form, checks);
  /** Picking a registered partner also sets the relationship, unless the user already chose one. */
  const setPartner = (name: string) => {
    const partner = partners.find((candidate) => candidate.name === name);
    const unset = form.relationship === 'none' || form.relationship === 'unknown';
    setForm((f) => ({
      ...f,
      partnerBrand: name,
      ...(partner && unset ? { relationship: CHECKED_AS[partner.relationship] } : {}),
    }));
  };
  const needsPartner = (RELATIONSHIPS_WITH_PARTNER as readonly string[]).includes(form.relationship);
  const uncleared = form.assets.filter(
    (asset) => asset.licence === 'unknown' || asset.licence === 'requested',
  );
  const togglePlatform = (platform: PlatformId, on: boolean) =>
    set('platforms', on ? [...form.platforms, platform] : form.platforms.filter((id) => id !== platform));
  const setAsset = (index: number, change: Partial<CalendarAsset>) =>
    set(
      'assets',
      form.assets.map((asset, i) => (i === index ? { ...asset, ...change } : asset)),
    );

  return (
    <dialog
      ref={dialog}
      className="entry-editor"
      aria-labelledby="entry-editor-title"
      onCancel={(event) => {
        if (!edited) return;
        event.preventDefault();
        setAskDiscard(true);
      }}
      onClose={onClose}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onSave(form);
        }}
      >
        <h2 id="entry-editor-title">{t(isNew ? 'calendarNewEntry' : 'calendarEditEntry')}</h2>
        {!isNew && <TeamConflictPanel entryId={form.id} onKept={onTeamVersionKept} />}
        {conflict && (
          <div className="problems" role="alert">
            <p>{conflict}</p>
            <div className="actions">
              <button type="button" className="button primary" onClick={() => onOverwrite(form)}>
                {t('calendarKeepMine')}
              </button>
              <button type="button" className="button" onClick={onTakeTheirs}>
                {t('calendarTakeTheirs')}
              </button>
            </div>
          </div>
        )}
        {askDiscard && (
          <div className="problems" role="alertdialog" aria-label={t('calendarUnsavedChanges')}>
            <p>{t('calendarAskDiscard')}</p>
            <div className="actions">
              <button type="button" className="button primary" onClick={() => setAskDiscard(false)}>
                {t('calendarKeepEditing')}
              </button>
              <button type="button" className="button danger" onClick={() => void discard()}>
                {t('calendarDiscardChanges')}
              </button>
            </div>
          </div>
        )}
        {problems.length > 0 && (
          <ul className="problems" role="alert" aria-label={t('calendarWhyNotSaved')}>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        <label>
          {t('calendarFieldTitle')}
          <input value={form.title} onChange={(e) => set('title', e.currentTarget.value)} maxLength={300} />
        </label>
        <div className="row">
          <label>
            {t('calendarDate')}
            <input type="date" value={form.day} onChange={(e) => set('day', e.currentTarget.value)} />
          </label>
          <label>
            {t('calendarTime')}
            <input type="time" value={form.time} onChange={(e) => set('time', e.currentTarget.value)} />
          </label>
          <span className="muted">
            {timeZone}
            {form.plannedIn && ` ${plannedInText(form.plannedIn, timeZone)}`}
          </span>
        </div>
        <div className="row">
          <label>
            {t('calendarStatus')}
            <select
              value={form.status}
              onChange={(e) => set('status', e.currentTarget.value as CalendarStatus)}
            >
              {CALENDAR_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {statusLabel(status)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('calendarCampaign')}
            <input
              value={form.campaign}
              list="calendar-campaigns"
              onChange={(e) => set('campaign', e.currentTarget.value)}
            />
            <datalist id="calendar-campaigns">
              {campaigns.map((campaign) => (
                <option key={campaign} value={campaign} />
              ))}
            </datalist>
          </label>
          <label>
            {t('calendarPillar')}
            <select value={form.pillar} onChange={(e) => set('pillar', e.currentTarget.value)}>
              <option value="">{t('calendarPillarNone')}</option>
              {pillars.map((pillar) => (
                <option key={pillar.value} value={pillar.value}>
                  {pillarLabel(pillar.value)}
                </option>
              ))}
              {form.pillar && !pillars.some((pillar) => pillar.value === form.pillar) && (
                <option value={form.pillar}>{pillarLabel(form.pillar)}</option>
              )}
            </select>
          </label>
        </div>
        <fieldset className="platform-choices">
          <legend>{t('calendarPlatforms')}</legend>
          {PLATFORM_IDS.map((platform) => (
            <label key={platform} className="inline">
              <input
                type="checkbox"
                checked={form.platforms.includes(platform)}
                onChange={(e) => togglePlatform(platform, e.currentTarget.checked)}
              />
              {platformName(platform)}
            </label>
          ))}
        </fieldset>
        {form.status === 'published' && form.platforms.length > 0 && (
          <fieldset className="published-links">
            <legend>{t('calendarPublishedLinks')}</legend>
            <p className="muted">{t('calendarPublishedLinksHint')}</p>
            {form.platforms.map((platform) => (
              <label key={platform}>
                {t('calendarPublishedLinkOn', platformName(platform))}
                <input
                  type="url"
                  value={form.publishedLinks[platform] ?? ''}
                  onChange={(e) => {
                    const link = e.currentTarget.value;
                    setForm((f) => ({ ...f, publishedLinks: { ...f.publishedLinks, [platform]: link } }));
                  }}
                />
              </label>
            ))}
          </fieldset>
        )}
        <EntryResultsTable results={results} />
        <BestTimeOffers
          platforms={form.platforms}
          timeZone={timeZone}
          onPick={({ day, time }) => setForm((f) => ({ ...f, day, time }))}
        />
        <div className="row">
          <label>
            {t('calendarRelationship')}
            <select
              value={form.relationship}
              onChange={(e) => set('relationship', e.currentTarget.value as Relationship)}
            >
              {Object.entries(RELATIONSHIP_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {t(label)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(needsPartner ? 'calendarPartnerBrandRequired' : 'calendarPartnerBrand')}
            <input
              value={form.partnerBrand}
              list="registry-partners"
              onChange={(e) => setPartner(e.currentTarget.value)}
            />
            <datalist id="registry-partners">
              {[...new Set(partners.map((partner) => partner.name))].map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </label>
        </div>
        {reports.map((report) => (
          <div key={report.platform} className="draft">
            <label>
              {t('calendarDraftFor', platformName(report.platform))}
              <textarea
                rows={4}
                value={form.drafts[report.platform] ?? ''}
                onChange={(e) => set('drafts', { ...form.drafts, [report.platform]: e.currentTarget.value })}
              />
            </label>
            <CalendarDraftFindings report={report} />
          </div>
        ))}
        <fieldset>
          <legend>{t('calendarAssets')}</legend>
          {form.assets.map((asset, index) => (
            <div key={asset.id} className="row asset">
              <input
                aria-label={t('calendarAssetName', index + 1)}
                value={asset.name}
                placeholder={t('calendarAssetPlaceholder')}
                onChange={(e) => setAsset(index, { name: e.currentTarget.value })}
              />
              <select
                aria-label={t('calendarAssetLicence', index + 1)}
                value={asset.licence}
                onChange={(e) => setAsset(index, { licence: e.currentTarget.value as LicenceStatus })}
              >
                {LICENCE_STATUSES.map((licence) => (
                  <option key={licence} value={licence}>
                    {t(LICENCE_LABELS[licence])}
                  </option>
                ))}
              </select>
              <label className="inline">
                <input
                  type="checkbox"
                  checked={asset.ready}
                  onChange={(e) => setAsset(index, { ready: e.currentTarget.checked })}
                />
                {t('calendarAssetReady')}
              </label>
              <button
                type="button"
                className="button"
                onClick={() =>
                  set(
                    'assets',
                    form.assets.filter((_, i) => i !== index),
                  )
                }
              >
                {t('calendarRemove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button"
            onClick={() =>
              set('assets', [
                ...form.assets,
                { id: crypto.randomUUID(), name: '', ready: false, licence: 'unknown' },
              ])
            }
          >
            {t('calendarAddAsset')}
          </button>
          {uncleared.length > 0 && (
            <p className="warning-text">{plural('calendarUnclearedAssets', uncleared.length)}</p>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('calendarInspiration')}</legend>
          <ul className="research-links">
            {form.researchPostIds.map((id) => (
              <li key={id}>
                {researchLabel(id)}{' '}
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    set(
                      'researchPostIds',
                      form.researchPostIds.filter((other) => other !== id),
                    )
                  }
                >
                  {t('calendarUnlink')}
                </button>
              </li>
            ))}
          </ul>
          {research && research.length > 0 ? (
            <select
              aria-label={t('calendarLinkPost')}
              value=""
              onChange={(e) => {
                const id = e.currentTarget.value;
                if (id && !form.researchPostIds.includes(id))
                  set('researchPostIds', [...form.researchPostIds, id]);
              }}
            >
              <option value="">{t('calendarLinkPostChoice')}</option>
              {research
                .filter((post) => !form.researchPostIds.includes(post.id))
                .map((post) => (
                  <option key={post.id} value={post.id}>
                    {researchLabel(post.id)}
                  </option>
                ))}
            </select>
          ) : (
            <p className="muted">{t('calendarLinkPostHint')}</p>
          )}
        </fieldset>
        <label>
          {t('calendarNotes')}
          <textarea rows={3} value={form.notes} onChange={(e) => set('notes', e.currentTarget.value)} />
        </label>
        <div className="actions">
          <button type="submit" className="button primary">
            {t('calendarSave')}
          </button>
          {!isNew && (
            <>
              <button type="button" className="button" onClick={() => onDuplicate(form)}>
                {t('calendarDuplicate')}
              </button>
              {confirmDelete ? (
                <button type="button" className="button danger" onClick={() => onDelete(form.id)}>
                  {t('calendarReallyDelete')}
                </button>
              ) : (
                <button type="button" className="button" onClick={() => setConfirmDelete(true)}>
                  {t('calendarDelete')}
                </button>
              )}
            </>
          )}
          <button type="button" className="button" onClick={close}>
            {t('calendarCancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
