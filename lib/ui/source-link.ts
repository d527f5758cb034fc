/**
 * Where a timeline item's source link goes. A seed article has no public address we trust, so it
 * opens inside the extension at the sentence; a saved article opens its original address with a
 * text fragment to the sentence (and falls back to the saved copy when it has no address).
 */
import { libraryPath } from './routes';
import { textFragmentUrl } from './text-fragment';

/** What a link needs from a timeline item. */
export interface LinkableItem {
  fact: { start: number; quote: string; sourceId: string };
  source: { id: string; origin: 'seed' | 'saved'; url?: string };
}

/** A link target: `external` ones open the web; the others are library paths to resolve. */
export interface FactLink {
  href: string;
  external: boolean;
}

/** The link for a timeline item's source, to its sentence. */
export function factLink(item: LinkableItem): FactLink {
  const url = item.source.url;
  if (item.source.origin === 'saved' && url && /^https?:\/\//i.test(url)) {
    return { href: textFragmentUrl(url, item.fact.quote), external: true };
  }
  return { href: libraryPath({ name: 'source', id: item.source.id, at: item.fact.start }), external: false };
}
