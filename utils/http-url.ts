/**
 * `source` as a URL a link may open: http(s) only. Rule links come from packs and Vale styles other people
 * wrote; a `javascript:` or `data:` link would run or show their content in the panel's or dashboard's origin.
 */
export function httpUrl(source: string | undefined): URL | null {
  if (!source) return null;
  try {
    const url = new URL(source);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
