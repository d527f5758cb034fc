/**
 * Site match patterns shared by the background (which registers the content script for granted
 * sites) and the popup (which asks the browser for one site). No browser API here.
 */

/** Origins the manifest's `host_permissions` already cover: annotated with no click. */
export const BUILT_IN_SITE_PATTERNS: ReadonlySet<string> = new Set(['http://127.0.0.1/*', 'http://localhost/*']);

/** The match pattern that grants always-on annotation for the page at `url`, or null for non-web pages. */
export function sitePattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}
