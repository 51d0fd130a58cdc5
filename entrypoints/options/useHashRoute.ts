import { useEffect, useState } from 'react';
import { type RoutePath, routeFromHash, subPathFromHash } from './routes';

interface HashRoute {
  route: RoutePath;
  subPath: string;
}

const read = (): HashRoute => ({
  route: routeFromHash(location.hash),
  subPath: subPathFromHash(location.hash),
});

/** The route and its sub-page (`#/analytics/report` → analytics, report), following the hash. */
export function useHashRoute(): HashRoute {
  const [state, setState] = useState(read);
  useEffect(() => {
    const onChange = () =>
      setState((seen) => {
        const next = read();
        return next.route === seen.route && next.subPath === seen.subPath ? seen : next;
      });
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return state;
}
