import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext } from 'react';
import { pillarLabel } from '@/utils/calendar/pillar-labels';
import { platformName } from '@/utils/calendar/platform-names';
import { statusLabel } from '@/utils/calendar/status-labels';
import type { PlatformId } from '@/utils/checks/types';
import { getDatabase } from '@/utils/db/database';
import type { CalendarEntry } from '@/utils/db/records';
import { listOf, type MessageKey, t, uiLocale } from '@/utils/i18n';
import { conflictedIds, keepVersion, readConflict } from '@/utils/team/conflicts';
import type { MergePart } from '@/utils/team/merge';

/**
 * An entry another team member changed while it had unsent edits here, in the same part: the calendar marks
 * it, and its editor shows both versions of each such part and keeps the one the user picks (the other
 * parts are merged either way, utils/team/merge.ts).
 */

const NO_CONFLICTS = new Set<string>();
const TeamConflicts = createContext<Set<string>>(NO_CONFLICTS);

/** The ids of entries with two versions, for the calendar's views below it. */
export function TeamConflictsProvider({ children }: { children: React.ReactNode }) {
  const ids = useLiveQuery(() => conflictedIds(getDatabase()), []) ?? NO_CONFLICTS;
  return <TeamConflicts.Provider value={ids}>{children}</TeamConflicts.Provider>;
}

export function useHasTeamConflict(id: string): boolean {
  return useContext(TeamConflicts).has(id);
}

/** Shown on an entry in the calendar's views. */
export function TeamConflictBadge() {
  return <span className="entry-conflict">{t('teamConflictBadge')}</span>;
}

const PART_NAMES: Record<Exclude<MergePart['kind'], 'draft'>, MessageKey> = {
  title: 'teamConflictPartTitle',
  when: 'teamConflictPartWhen',
  platforms: 'teamConflictPartPlatforms',
  status: 'teamConflictPartStatus',
  campaign: 'teamConflictPartCampaign',
  pillar: 'teamConflictPartPillar',
  partnership: 'teamConflictPartPartnership',
  assets: 'teamConflictPartAssets',
  research: 'teamConflictPartResearch',
  notes: 'teamConflictPartNotes',
  icalUid: 'teamConflictPartIcalUid',
  publishedAt: 'teamConflictPartPublishedAt',
  publishedLinks: 'teamConflictPartPublishedLinks',
  pausedBy: 'teamConflictPartPausedBy',
};

function partName(part: MergePart): string {
  return part.kind === 'draft'
    ? t('teamConflictPartDraft', platformName(part.platform))
    : t(PART_NAMES[part.kind]);
}

function dateTime(at: number, timeZone: string): string {
  const when = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return `${when.format(at)} (${timeZone})`;
}

/** One version of one part, whole, as the user reads it (every character of a text, nothing cut). */
function partText(part: MergePart, entry: CalendarEntry): string {
  const text = (() => {
    switch (part.kind) {
      case 'draft':
        return entry.drafts[part.platform];
      case 'title':
        return entry.title;
      case 'when':
        return dateTime(entry.at, entry.timeZone);
      case 'platforms':
        return entry.platforms.length > 0 ? listOf(entry.platforms.map(platformName)) : undefined;
      case 'status':
        return statusLabel(entry.status);
      case 'campaign':
        return entry.campaign;
      case 'pillar':
        return entry.pillar === undefined ? undefined : pillarLabel(entry.pillar);
      case 'partnership':
        return entry.partnerBrand;
      case 'assets':
        return entry.assets?.length ? listOf(entry.assets.map((asset) => asset.name)) : undefined;
      case 'research':
        return entry.researchPostIds?.length ? String(entry.researchPostIds.length) : undefined;
      case 'notes':
        return entry.notes;
      case 'icalUid':
        return entry.icalUid;
      case 'publishedAt':
        return entry.publishedAt === undefined ? undefined : dateTime(entry.publishedAt, entry.timeZone);
      case 'publishedLinks':
        return Object.entries(entry.publishedLinks ?? {})
          .map(([platform, link]) => `${platformName(platform as PlatformId)}: ${link}`)
          .join('\n');
      case 'pausedBy':
        return entry.pausedBy;
    }
  })();
  return text?.trim() ? text : t('teamConflictEmpty');
}

/** Both versions of one part (or field) of a record, whole, side by side, named for a screen reader. */
export function TwoVersions({ name, mine, theirs }: { name: string; mine: string; theirs: string }) {
  return (
    <fieldset className="team-conflict-part">
      <legend>{name}</legend>
      <div className="team-conflict-versions">
        <figure aria-label={`${name}: ${t('teamConflictMine')}`}>
          <figcaption>{t('teamConflictMine')}</figcaption>
          <p className="team-conflict-text">{mine}</p>
        </figure>
        <figure aria-label={`${name}: ${t('teamConflictTheirs')}`}>
          <figcaption>{t('teamConflictTheirs')}</figcaption>
          <p className="team-conflict-text">{theirs}</p>
        </figure>
      </div>
    </fieldset>
  );
}

interface Props {
  entryId: string;
  /** The entry as it is after the choice (undefined when it stays deleted), for the editor to show. */
  onKept: (entry: CalendarEntry | undefined) => void;
}

export function TeamConflictPanel({ entryId, onKept }: Props) {
  const conflict = useLiveQuery(() => readConflict(getDatabase(), entryId), [entryId]);
  if (!conflict) return null;
  const keep = async (choice: 'mine' | 'theirs') => onKept(await keepVersion(getDatabase(), entryId, choice));
  const { mine, theirs } = conflict;
  return (
    <section className="team-conflict problems" aria-labelledby="team-conflict-heading" data-team-conflict>
      <h3 id="team-conflict-heading">{t('teamConflictHeading')}</h3>
      {mine ? (
        <>
          <p>{t('teamConflictHint')}</p>
          {conflict.parts.map((part) => {
            const name = partName(part);
            return (
              <TwoVersions
                key={name}
                name={name}
                mine={partText(part, mine)}
                theirs={partText(part, theirs)}
              />
            );
          })}
        </>
      ) : (
        <p>{t('teamConflictDeletedHere')}</p>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={() => void keep('mine')}>
          {t('teamConflictKeepMine')}
        </button>
        <button type="button" className="button" onClick={() => void keep('theirs')}>
          {t('teamConflictKeepTheirs')}
        </button>
      </div>
    </section>
  );
}
