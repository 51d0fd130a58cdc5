import { useEffect } from 'react';
import { CalendarPage } from './pages/CalendarPage';
import { GuidelinesPage } from './pages/GuidelinesPage';
import { RepliesPage } from './pages/RepliesPage';
import { ResearchPage } from './pages/ResearchPage';
import { SettingsPage } from './pages/SettingsPage';
import { ROUTES, type RoutePath } from './routes';
import { useHashRoute } from './useHashRoute';

function Page({ route }: { route: RoutePath }) {
  switch (route) {
    case 'settings':
      return <SettingsPage />;
    case 'calendar':
      return <CalendarPage />;
    case 'guidelines':
      return <GuidelinesPage />;
    case 'replies':
      return <RepliesPage />;
    case 'research':
      return <ResearchPage />;
  }
}

export function Dashboard() {
  const route = useHashRoute();
  const title = ROUTES.find((r) => r.path === route)?.title ?? '';
  useEffect(() => {
    document.title = `${title} · OnBrand`;
  }, [title]);

  return (
    <div className="dashboard">
      <nav aria-label="Dashboard sections">
        <div className="logo">OnBrand</div>
        {ROUTES.map((r) => (
          <a key={r.path} href={`#/${r.path}`} aria-current={r.path === route ? 'page' : undefined}>
            {r.title}
          </a>
        ))}
      </nav>
      <main>
        <Page route={route} />
      </main>
    </div>
  );
}
