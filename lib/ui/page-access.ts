/**
 * Why the extension cannot read a tab, in words the user can act on. Browsers keep extensions out
 * of their own pages and of the extension stores; `file:` pages need a switch the user turns on.
 */

/** The explanation for a page Lodestone cannot read, or null when the address itself is no obstacle. */
export function unreadableReason(url: string | undefined): string | null {
  if (!url) return 'This tab has no web page Lodestone can read.';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'This tab has no web page Lodestone can read.';
  }
  const host = u.hostname.toLowerCase();
  switch (u.protocol) {
    case 'http:':
    case 'https:':
      if (host === 'chromewebstore.google.com' || (host === 'chrome.google.com' && u.pathname.startsWith('/webstore'))) {
        return 'Browsers do not let extensions read the Chrome Web Store.';
      }
      if (host === 'addons.mozilla.org') return 'Browsers do not let extensions read the add-ons site.';
      if (host === 'microsoftedge.microsoft.com') return 'Browsers do not let extensions read the Edge Add-ons store.';
      return null;
    case 'file:':
      return 'Lodestone can read files on this computer only if you allow it: turn on "Allow access to file URLs" in the extension\'s details.';
    case 'chrome:':
    case 'edge:':
    case 'brave:':
    case 'about:':
    case 'chrome-extension:':
    case 'moz-extension:':
    case 'view-source:':
    case 'devtools:':
      return "This is one of the browser's own pages, which extensions cannot read.";
    default:
      return 'Lodestone reads web pages (http and https addresses) only.';
  }
}
