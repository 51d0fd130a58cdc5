import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { x } from '@/utils/sites/x';

// The signed-in account picks the brand: the adapter reads it from the page.
describe("X's signed-in account", () => {
  const page = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

  it('is the handle the side bar profile link points at', () => {
    const doc = page('<nav><a data-testid="AppTabBar_Profile_Link" href="/acme_support">Profile</a></nav>');
    expect(x.currentAccount?.(doc)).toBe('acme_support');
  });

  it('is unknown when the page shows no profile link (signed out) or a link that is not a handle', () => {
    expect(x.currentAccount?.(page('<nav></nav>'))).toBeUndefined();
    expect(
      x.currentAccount?.(page('<a data-testid="AppTabBar_Profile_Link" href="/i/flow/login">Log in</a>')),
    ).toBeUndefined();
  });
});
