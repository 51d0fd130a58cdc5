import type { PlatformId } from '../checks/types';
import { SITES } from '../sites';

/** What users call a platform: the site adapter's name ('web' is a research post saved from any page). */
export function platformName(id: PlatformId | 'web'): string {
  if (id === 'web') return 'the web';
  return SITES.find((site) => site.id === id)?.name ?? id;
}

/** The platform a name or id stands for, ignoring case; undefined when none does. */
export function platformFromName(name: string): PlatformId | undefined {
  const wanted = name.trim().toLowerCase();
  return SITES.find((site) => site.id === wanted || site.name.toLowerCase() === wanted)?.id;
}
