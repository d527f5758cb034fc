/**
 * The library page's hash routes, parsed and built in one place so the popup's links and the
 * library's router agree:
 *
 * - `#/timeline` (default) — the full timeline with filters; `?entity=<id>,<id>` preselects entities
 * - `#/entity/<id>` — one entity
 * - `#/source/<id>?at=<offset>` — an article's text, the sentence at `offset` highlighted
 * - `#/saved` — the saved articles
 * - `#/settings` — settings, export/import, storage
 * - `#/dictionary` — the user's dictionary and suggestions (issue 13); `?add=<name>[&kind=<kind>]`
 *   opens the add form prefilled (the page's "Add … to Lodestone" menu)
 */
import { ENTITY_KINDS, type EntityKind } from '../catalog/schema';

/** A parsed library route. */
export type LibraryRoute =
  | { name: 'timeline'; entityIds?: string[] }
  | { name: 'entity'; id: string }
  | { name: 'source'; id: string; at?: number }
  | { name: 'saved' }
  | { name: 'settings' }
  | { name: 'dictionary'; add?: { name: string; kind?: EntityKind } };

/** The library page's path inside the extension. */
export const LIBRARY_PAGE = '/library.html';

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** Parses `location.hash` (with or without `#`); anything unknown is the timeline. */
export function parseRoute(hash: string): LibraryRoute {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean);
  const id = parts[1] !== undefined ? decode(parts.slice(1).join('/')) : undefined;
  switch (parts[0]) {
    case 'entity':
      return id ? { name: 'entity', id } : { name: 'timeline' };
    case 'source': {
      if (!id) return { name: 'timeline' };
      const at = Number(new URLSearchParams(query).get('at') ?? Number.NaN);
      return Number.isInteger(at) && at >= 0 ? { name: 'source', id, at } : { name: 'source', id };
    }
    case 'saved':
      return { name: 'saved' };
    case 'settings':
      return { name: 'settings' };
    case 'dictionary': {
      const params = new URLSearchParams(query);
      const add = (params.get('add') ?? '').slice(0, 20_000);
      const kind = params.get('kind') ?? '';
      if (!add.trim()) return { name: 'dictionary' };
      return { name: 'dictionary', add: { name: add, ...((ENTITY_KINDS as readonly string[]).includes(kind) ? { kind: kind as EntityKind } : {}) } };
    }
    default: {
      const ids = (new URLSearchParams(query).get('entity') ?? '').split(',').filter((x) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(x));
      return ids.length ? { name: 'timeline', entityIds: ids } : { name: 'timeline' };
    }
  }
}

/** Encodes an id for a route, keeping `:` readable (`seed:000_…`, `saved:…`). */
function encodeId(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':');
}

/** The hash (with `#`) for a route. */
export function routeHash(route: LibraryRoute): string {
  switch (route.name) {
    case 'timeline':
      return route.entityIds?.length ? `#/timeline?entity=${route.entityIds.join(',')}` : '#/timeline';
    case 'entity':
      return `#/entity/${encodeId(route.id)}`;
    case 'source':
      return `#/source/${encodeId(route.id)}${route.at !== undefined ? `?at=${route.at}` : ''}`;
    case 'saved':
      return '#/saved';
    case 'settings':
      return '#/settings';
    case 'dictionary': {
      if (!route.add) return '#/dictionary';
      const params = new URLSearchParams({ add: route.add.name, ...(route.add.kind ? { kind: route.add.kind } : {}) });
      return `#/dictionary?${params.toString()}`;
    }
  }
}

/** The library page URL path for a route (`/library.html#/entity/x`); resolve with `runtime.getURL`. */
export function libraryPath(route: LibraryRoute): string {
  return LIBRARY_PAGE + routeHash(route);
}
