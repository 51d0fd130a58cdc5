import { useEffect, useState } from 'react';
import { type DatabaseNotice, getDatabase } from '@/utils/db/database';
import { t } from '@/utils/i18n';
import { AnalyticsPage } from './pages/AnalyticsPage';
import { AnalyticsReport } from './pages/AnalyticsReport';
import { CalendarPage } from './pages/CalendarPage';
import { CrisisPage } from './pages/CrisisPage';
import { FollowUpsPage } from './pages/FollowUpsPage';
import { GuidelinesPage } from './pages/GuidelinesPage';
import { PartnersPage } from './pages/PartnersPage';
import { RepliesPage } from './pages/RepliesPage';
import { ResearchPage } from './pages/ResearchPage';
import { SettingsPage } from './pages/SettingsPage';
import { ROUTES, type RoutePath } from './routes';
import { useHashRoute } from './useHashRoute';

function Page({ route, subPath }: { route: RoutePath; subPath: string }) {
  switch (route) {
    case 'settings':
      return <SettingsPage />;
    case 'calendar':
      return <CalendarPage />;
    case 'analytics':
      return subPath === 'report' ? <AnalyticsReport /> : <AnalyticsPage />;
    case 'guidelines':
      return <GuidelinesPage />;
    case 'replies':
      return <RepliesPage />;
    case 'partners':
      return <PartnersPage />;
    case 'crisis':
      return <CrisisPage />;
    case 'follow-ups':
      return <FollowUpsPage />;
    case 'research':
      return <ResearchPage />;
  }
}

/** The database's blocked/versionchange notice, if one came. */
function useDatabaseNotice(): DatabaseNotice | undefined {
  const [notice, setNotice] = useState<DatabaseNotice>();
  useEffect(() => getDatabase().onNotice(setNotice), []);
  return notice;
}

export function Dashboard() {
  const { route, subPath } = useHashRoute();
  const notice = useDatabaseNotice();
  const titleKey = ROUTES.find((r) => r.path === route)?.title ?? 'navCalendar';
  useEffect(() => {
    document.title = t('navPageTitle', t(titleKey));
  }, [titleKey]);

  return (
    <div className="dashboard">
      <nav aria-label={t('navSections')}>
        <div className="logo">OnBrand</div>
        {ROUTES.map((r) => (
          <a key={r.path} href={`#/${r.path}`} aria-current={r.path === route ? 'page' : undefined}>
            {t(r.title)}
          </a>
        ))}
      </nav>
      <main>
        {notice && (
          <p role="alert" className="notice error">
            {notice.message}
          </p>
        )}
        <Page route={route} subPath={subPath} />
      </main>
    </div>
  );
}
