/**
 * Handles are compared the way the sites treat them: without `@` and case-insensitively. In a file of its own
 * because the feed pages' scripts compare handles too, and must not bundle the brand records' schemas.
 * Reddit shows its users as `u/name` (the feed reader keeps that for research) while a brand lists the account
 * as `name` (no handle may hold a `/`), so the `u/` goes too.
 */
export function normalizeHandle(handle: string): string {
  return handle
    .trim()
    .replace(/^(@|\/?u\/)/, '')
    .toLowerCase();
}
