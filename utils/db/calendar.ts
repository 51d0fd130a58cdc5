import type { OnBrandDatabase } from './database';
import { type CalendarEntry, CalendarEntrySchema } from './records';
import { TableRepository } from './table-repository';

export function calendarRepository(db: OnBrandDatabase) {
  const repository = new TableRepository<CalendarEntry>(db.calendarEntries, CalendarEntrySchema);
  return Object.assign(repository, {
    /** Entries whose time falls in [from, to), in time order. */
    async between(from: number, to: number): Promise<CalendarEntry[]> {
      return repository.parseMany(
        await db.calendarEntries.where('at').between(from, to, true, false).toArray(),
      );
    },
  });
}
