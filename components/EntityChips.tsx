import { useState } from 'preact/hooks';
import type { EntityKind } from '../lib/catalog/schema';
import { EntityChip } from './EntityChip';
import './chips.css';

/** An entity on the page with its mention count. */
export interface PageEntity {
  id: string;
  name: string;
  kind: EntityKind;
  count: number;
}

/** Props of the chip bar. `selected` null means "all on this page". */
export interface EntityChipsProps {
  entities: readonly PageEntity[];
  selected: ReadonlySet<string> | null;
  onChange: (selected: ReadonlySet<string> | null) => void;
  /** Number of chips to reserve space for while names load (no layout jump). */
  loadingCount?: number;
  label?: string;
  /** Chips shown before "Show all" (chosen chips always show). A news page can name 40 entities. */
  limit?: number;
}

/** Toggles `id` in a selection; an emptied selection goes back to "all". */
export function toggleSelection(selected: ReadonlySet<string> | null, id: string): ReadonlySet<string> | null {
  const next = new Set(selected ?? []);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next.size ? next : null;
}

/**
 * The page's entities as toggle chips, with "All on this page" first. Choosing a chip narrows the
 * timeline to it; choosing more adds them; "All on this page" clears the choice.
 */
export function EntityChips({ entities, selected, onChange, loadingCount = 0, label = 'Entities on this page', limit = 12 }: EntityChipsProps) {
  const [expanded, setExpanded] = useState(false);
  const overflow = entities.length > limit + 2; // never hide just one or two
  const shown = expanded || !overflow ? entities : entities.filter((e, i) => i < limit || selected?.has(e.id));
  return (
    <div class="chip-bar" role="group" aria-label={label}>
      <button type="button" class="chip chip-all" aria-pressed={selected === null ? 'true' : 'false'} onClick={() => onChange(null)}>
        All on this page
      </button>
      {shown.map((e) => (
        <EntityChip
          key={e.id}
          name={e.name}
          kind={e.kind}
          count={e.count}
          pressed={selected?.has(e.id) ?? false}
          onToggle={() => onChange(toggleSelection(selected, e.id))}
        />
      ))}
      {overflow && (
        <button type="button" class="chip chip-more" aria-expanded={expanded ? 'true' : 'false'} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${entities.length}`}
        </button>
      )}
      {entities.length === 0 &&
        Array.from({ length: Math.min(loadingCount, 8) }, (_, i) => <span key={i} class="chip chip-skeleton skeleton" aria-hidden="true" />)}
    </div>
  );
}
