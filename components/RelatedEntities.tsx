import type { RelatedEntity } from '../lib/store/rows';
import { libraryPath } from '../lib/ui/routes';
import { EntityChip } from './EntityChip';
import './lists.css';

/** Props of the related-entities list. */
export interface RelatedEntitiesProps {
  items: readonly RelatedEntity[];
  newTab?: boolean;
  level?: 2 | 3;
  title?: string;
  /** One tight row with an inline heading (the popup). */
  compact?: boolean;
}

/** Entities that share facts with the ones in view, linked to their library pages. */
export function RelatedEntities({ items, newTab, level = 2, title = 'Related entities', compact }: RelatedEntitiesProps) {
  const H = `h${level}` as const;
  if (!items.length) return null;
  return (
    <section class={compact ? 'related related-compact' : 'related'} aria-labelledby="related-heading">
      <H id="related-heading" class="section-heading">
        {title}
      </H>
      <ul class="chip-bar related-list">
        {items.map((r) => (
          <li key={r.id}>
            <EntityChip
              name={r.name}
              kind={r.kind}
              count={r.shared}
              countLabel={['shared fact', 'shared facts']}
              href={libraryPath({ name: 'entity', id: r.id })}
              target={newTab ? '_blank' : undefined}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
