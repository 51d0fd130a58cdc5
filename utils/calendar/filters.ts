import type { PlatformId } from '../checks/types';
import type { CalendarEntry, CalendarStatus } from '../db/records';

export interface CalendarFilters {
  platform?: PlatformId;
  status?: CalendarStatus;
  campaign?: string;
  pillar?: string;
}

export function isFiltered(filters: CalendarFilters): boolean {
  return Boolean(filters.platform || filters.status || filters.campaign || filters.pillar);
}

export function matchesFilters(entry: CalendarEntry, filters: CalendarFilters): boolean {
  return (
    (!filters.platform || entry.platforms.includes(filters.platform)) &&
    (!filters.status || entry.status === filters.status) &&
    (!filters.campaign || entry.campaign === filters.campaign) &&
    (!filters.pillar || entry.pillar === filters.pillar)
  );
}
