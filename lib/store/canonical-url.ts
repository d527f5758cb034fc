/**
 * One spelling per article address, so that saving the same article twice (from a link with
 * tracking parameters, with a `#section`, with an upper-case host) updates one record.
 */

/** Query parameters that identify a campaign or click, never the article. */
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|yclid|ocid|cmpid)$/i;

/**
 * Returns the normalised form of an http(s) URL — host lower-cased and default port dropped (by the
 * URL parser), fragment and tracking parameters removed, other parameters kept in order — or null
 * for anything that is not an http(s) URL.
 */
export function normaliseCanonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  // Deleting through `searchParams` re-encodes the query; a query with nothing to drop keeps its spelling.
  const href = url.href;
  return href.endsWith('?') ? href.slice(0, -1) : href;
}
