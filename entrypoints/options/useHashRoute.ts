import { useEffect, useState } from 'react';
import { type RoutePath, routeFromHash } from './routes';

export function useHashRoute(): RoutePath {
  const [route, setRoute] = useState(() => routeFromHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
