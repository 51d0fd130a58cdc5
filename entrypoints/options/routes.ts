export const ROUTES = [
  { path: 'calendar', title: 'Calendar' },
  { path: 'analytics', title: 'Analytics' },
  { path: 'guidelines', title: 'Guidelines' },
  { path: 'replies', title: 'Saved replies' },
  { path: 'partners', title: 'Partners' },
  { path: 'crisis', title: 'Crisis mode' },
  { path: 'research', title: 'Research' },
  { path: 'settings', title: 'Settings' },
] as const;

export type RoutePath = (typeof ROUTES)[number]['path'];

/** `#/research` → 'research'; anything unknown lands on the calendar. */
export function routeFromHash(hash: string): RoutePath {
  const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return ROUTES.find((route) => route.path === path)?.path ?? 'calendar';
}
