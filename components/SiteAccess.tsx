/**
 * The popup's per-site access control: "Always annotate <host>" asks the browser for that one
 * origin (the browser shows its own confirmation); once granted, the background registers the
 * content script for it (lib/background/site-access.ts). Pre-granted hosts say so and offer nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BUILT_IN_SITE_PATTERNS as BUILT_IN, sitePattern } from '../lib/permissions/site';

type State = 'unknown' | 'built-in' | 'granted' | 'not-granted' | 'not-web';

/** One line under the popup header; renders nothing for pages that are not web pages. */
export function SiteAccess({ url }: { url: string }) {
  const pattern = sitePattern(url);
  const host = pattern ? new URL(url).hostname : '';
  const [state, setState] = useState<State>('unknown');
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    if (!pattern) return setState('not-web');
    if (BUILT_IN.has(pattern)) return setState('built-in');
    // Through a promise, so a browser (or test double) whose API throws at once still lands in catch.
    void Promise.resolve()
      .then(() => browser.permissions.contains({ origins: [pattern] }))
      .then((ok) => live && setState(ok ? 'granted' : 'not-granted'))
      .catch(() => live && setState('not-granted'));
    return () => {
      live = false;
    };
  }, [pattern]);

  if (!pattern || state === 'not-web' || state === 'unknown') return null;
  if (state === 'built-in') return <p class="site-access muted">Always on for {host} (sample pages).</p>;

  const change = async (grant: boolean) => {
    setError('');
    try {
      const ok = grant ? await browser.permissions.request({ origins: [pattern] }) : await browser.permissions.remove({ origins: [pattern] });
      if (ok) setState(grant ? 'granted' : 'not-granted');
      else if (grant) setError(`The browser did not grant access to ${host}.`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <div class="site-access">
      {state === 'granted' ? (
        <>
          <span class="muted">Always on for {host}.</span>{' '}
          <button type="button" class="link-button" onClick={() => void change(false)}>
            Only on click
          </button>
        </>
      ) : (
        <>
          <span class="muted">Annotated on click.</span>{' '}
          <button type="button" class="link-button" onClick={() => void change(true)}>
            Always annotate {host}
          </button>
        </>
      )}
      {error && (
        <p class="status" data-tone="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
