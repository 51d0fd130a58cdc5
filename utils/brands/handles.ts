/**
 * Handles are compared the way the sites treat them: without `@` and case-insensitively. In a file of its own
 * because the feed pages' scripts compare handles too, and must not bundle the brand records' schemas.
 */
export function normalizeHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}
