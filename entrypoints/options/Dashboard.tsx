import { useEffect } from 'react';
import { NotBuiltYet } from './pages/NotBuiltYet';
import { RepliesPage } from './pages/RepliesPage';
import { SettingsPage } from './pages/SettingsPage';
import { ROUTES, type RoutePath } from './routes';
import { useHashRoute } from './useHashRoute';

function Page({ route }: { route: RoutePath }) {
  switch (route) {
    case 'settings':
      return <SettingsPage />;
    case 'calendar':
      return (
        <NotBuiltYet
          title="Calendar"
          what="plan posts by day and week, check their drafts and get reminded"
        />
      );
    case 'guidelines':
      return (
        <NotBuiltYet
          title="Guidelines"
          what="edit your brand's voice rules, share them as packs and back up"
        />
      );
    case 'replies':
      return <RepliesPage />;
    case 'research':
      return <NotBuiltYet title="Research" what="search the posts you saved from other accounts' feeds" />;
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
