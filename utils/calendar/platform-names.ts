import type { PlatformId } from '../checks/types';
import { SITES } from '../sites';

/** What users call a platform: the site adapter's name. */
export function platformName(id: PlatformId): string {
  return SITES.find((site) => site.id === id)?.name ?? id;
}

/** The platform a name or id stands for, ignoring case; undefined when none does. */
export function platformFromName(name: string): PlatformId | undefined {
  const wanted = name.trim().toLowerCase();
  return SITES.find((site) => site.id === wanted || site.name.toLowerCase() === wanted)?.id;
}
