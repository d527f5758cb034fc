/**
 * The full-page library: a hash router over the timeline, entity, source (reader), saved and
 * settings views. Each view reads the store with live queries; writes go through messages.
 */
import { useEffect, useState } from 'preact/hooks';
import { LibraryNav } from '../../components/LibraryNav';
import type { MessageClient } from '../../lib/messages/client';
import type { LodestoneDB } from '../../lib/store/db';
import { parseRoute, type LibraryRoute } from '../../lib/ui/routes';
import { DictionaryPage } from './DictionaryPage';
import { EntityPage } from './EntityPage';
import { SavedPage } from './SavedPage';
import { SettingsPage } from './SettingsPage';
import { SourcePage } from './SourcePage';
import { TimelinePage } from './TimelinePage';
import '../../components/library.css';

/** What the library needs from the outside world (injected so tests can drive it). */
export interface LibraryDeps {
  db: LodestoneDB;
  send: MessageClient['send'];
}

/** The current hash route, following `hashchange`. */
export function useHashRoute(): LibraryRoute {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

const TITLES: Record<LibraryRoute['name'], string> = {
  timeline: 'Timeline',
  entity: 'Entity',
  source: 'Article',
  saved: 'Saved articles',
  settings: 'Settings',
  dictionary: 'Dictionary',
};

/** The library page. */
export function App({ deps }: { deps: LibraryDeps }) {
  const route = useHashRoute();
  useEffect(() => {
    document.title = `${TITLES[route.name]} · Lodestone`;
    // A new view starts at the top, except the reader, which scrolls to its sentence itself.
    if (route.name !== 'source') scrollTo(0, 0);
  }, [route]);
  return (
    <>
      <LibraryNav route={route} />
      <main class="lib-main" id="main">
        {route.name === 'timeline' && <TimelinePage key={route.entityIds?.join(',') ?? ''} db={deps.db} initialEntityIds={route.entityIds} send={deps.send} />}
        {route.name === 'entity' && <EntityPage key={route.id} db={deps.db} id={route.id} send={deps.send} />}
        {route.name === 'source' && <SourcePage db={deps.db} id={route.id} at={route.at} />}
        {route.name === 'saved' && <SavedPage db={deps.db} send={deps.send} />}
        {route.name === 'settings' && <SettingsPage db={deps.db} send={deps.send} />}
        {route.name === 'dictionary' && <DictionaryPage key={route.add?.name ?? ''} db={deps.db} send={deps.send} {...(route.add ? { add: route.add } : {})} />}
      </main>
    </>
  );
}
