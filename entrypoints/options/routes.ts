import type { MessageKey } from '@/utils/i18n';

export const ROUTES = [
  { path: 'calendar', title: 'navCalendar' },
  { path: 'analytics', title: 'navAnalytics' },
  { path: 'guidelines', title: 'navGuidelines' },
  { path: 'replies', title: 'navReplies' },
  { path: 'partners', title: 'navPartners' },
  { path: 'crisis', title: 'navCrisis' },
  { path: 'follow-ups', title: 'navFollowUps' },
  { path: 'research', title: 'navResearch' },
  { path: 'settings', title: 'navSettings' },
] as const satisfies readonly { path: string; title: MessageKey }[];

export type RoutePath = (typeof ROUTES)[number]['path'];

/** `#/research` → 'research'; anything unknown lands on the calendar. */
export function routeFromHash(hash: string): RoutePath {
  const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return ROUTES.find((route) => route.path === path)?.path ?? 'calendar';
}

/** The part after a route's name: `#/analytics/report?month=…` → 'report'; '' when there is none. */
export function subPathFromHash(hash: string): string {
  return hash.replace(/^#\/?/, '').split('?')[0]?.split('/')[1] ?? '';
}
