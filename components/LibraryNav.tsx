import { type LibraryRoute, routeHash } from '../lib/ui/routes';
import './library.css';

/** Props of the library's navigation. */
export interface LibraryNavProps {
  route: LibraryRoute;
}

const LINKS = [
  { name: 'timeline', label: 'Timeline' },
  { name: 'saved', label: 'Saved articles' },
  { name: 'dictionary', label: 'Dictionary' },
  { name: 'settings', label: 'Settings' },
] as const;

/** The library's top bar: the main views, the current one marked `aria-current`. */
export function LibraryNav({ route }: LibraryNavProps) {
  return (
    <header class="lib-header">
      <a class="lib-brand" href="#/timeline">
        Lodestone
      </a>
      <nav aria-label="Library">
        <ul>
          {LINKS.map((l) => (
            <li key={l.name}>
              <a href={routeHash({ name: l.name })} aria-current={route.name === l.name ? 'page' : undefined} data-label={l.label}>
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
