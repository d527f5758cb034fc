import { useState } from 'preact/hooks';
import type { EntityKind } from '../lib/catalog/schema';
import { KIND_ORDER, KIND_STYLES, kindVars } from '../lib/ui/kinds';
import { EntityChip } from './EntityChip';
import './forms.css';
import './filters.css';

/** An option in the entity filter. */
export interface EntityOption {
  id: string;
  name: string;
  kind: EntityKind;
}

/** The library timeline's filters. */
export interface TimelineFilterValues {
  entityIds: readonly string[];
  kinds: readonly EntityKind[];
  sourceId: string;
  /** `YYYY-MM` or empty. */
  from: string;
  to: string;
}

/** No filter at all. */
export const NO_FILTERS: TimelineFilterValues = { entityIds: [], kinds: [], sourceId: '', from: '', to: '' };

/** How many filters are set (0: the whole timeline). */
export function countFilters(v: TimelineFilterValues): number {
  return v.entityIds.length + v.kinds.length + (v.sourceId ? 1 : 0) + (v.from ? 1 : 0) + (v.to ? 1 : 0);
}

/** Props of the filter bar. */
export interface TimelineFiltersProps {
  values: TimelineFilterValues;
  onChange: (values: TimelineFilterValues) => void;
  entities: readonly EntityOption[];
  sources: readonly { id: string; title: string; origin: 'seed' | 'saved' }[];
}

/** Finds the entity the user typed or picked (by name, case-insensitive). */
export function findEntityOption(entities: readonly EntityOption[], typed: string): EntityOption | undefined {
  const t = typed.trim().toLowerCase();
  return t ? entities.find((e) => e.name.toLowerCase() === t) : undefined;
}

/** Entity (search-select), kind, source and date-range filters. */
export function TimelineFilters({ values, onChange, entities, sources }: TimelineFiltersProps) {
  const [typed, setTyped] = useState('');
  const byId = new Map(entities.map((e) => [e.id, e]));
  const pick = (text: string) => {
    const e = findEntityOption(entities, text);
    if (!e) return false;
    if (!values.entityIds.includes(e.id)) onChange({ ...values, entityIds: [...values.entityIds, e.id] });
    setTyped('');
    return true;
  };
  const active = countFilters(values);
  return (
    <div class="filters" role="group" aria-label="Timeline filters">
      <div class="filter-row">
        <label class="filter">
          Entity
          <input
            class="input"
            type="search"
            list="entity-options"
            placeholder="Type a name…"
            value={typed}
            onInput={(e) => {
              const v = e.currentTarget.value;
              setTyped(v);
              // Picking from the datalist fires input with the full name: add it straight away.
              if ((e as InputEvent).inputType === undefined || (e as InputEvent).inputType === 'insertReplacementText') pick(v);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                pick(e.currentTarget.value);
              }
            }}
          />
          <datalist id="entity-options">
            {entities.map((e) => (
              <option key={e.id} value={e.name}>
                {KIND_STYLES[e.kind].label}
              </option>
            ))}
          </datalist>
        </label>
        <label class="filter">
          Source
          <select class="input" value={values.sourceId} onChange={(e) => onChange({ ...values, sourceId: e.currentTarget.value })}>
            <option value="">All sources</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.origin === 'saved' ? 'Saved: ' : ''}
                {s.title.length > 80 ? `${s.title.slice(0, 79)}…` : s.title}
              </option>
            ))}
          </select>
        </label>
        <label class="filter">
          From
          <input class="input" type="month" value={values.from} onChange={(e) => onChange({ ...values, from: e.currentTarget.value })} />
        </label>
        <label class="filter">
          To
          <input class="input" type="month" value={values.to} onChange={(e) => onChange({ ...values, to: e.currentTarget.value })} />
        </label>
        <button type="button" class="btn" disabled={active === 0} onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      </div>
      {values.entityIds.length > 0 && (
        <ul class="chip-bar selected-entities" aria-label="Entity filters">
          {values.entityIds.map((id) => {
            const e = byId.get(id);
            return (
              <li key={id} class="removable">
                {e ? <EntityChip name={e.name} kind={e.kind} /> : <span class="chip">{id}</span>}
                <button
                  type="button"
                  class="btn remove"
                  aria-label={`Remove filter: ${e?.name ?? id}`}
                  onClick={() => onChange({ ...values, entityIds: values.entityIds.filter((x) => x !== id) })}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <fieldset class="kind-filter">
        <legend>Kinds</legend>
        {KIND_ORDER.map((kind) => (
          <label key={kind} class="check" style={kindVars(kind)}>
            <input
              type="checkbox"
              checked={values.kinds.includes(kind)}
              onChange={(e) => onChange({ ...values, kinds: e.currentTarget.checked ? [...values.kinds, kind] : values.kinds.filter((k) => k !== kind) })}
            />
            <span class="chip-symbol" aria-hidden="true">
              {KIND_STYLES[kind].symbol}
            </span>
            {KIND_STYLES[kind].plural}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
