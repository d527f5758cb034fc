import type { EntityRow, SourceSummary, TimelineItem } from '../lib/store/rows';
import { formatFactDate } from '../lib/ui/format-date';
import { plural } from '../lib/ui/format';
import { KIND_STYLES, kindVars } from '../lib/ui/kinds';
import { libraryPath } from '../lib/ui/routes';
import { publishedLabel } from './SourceLine';
import './entity.css';

/** A figure from one of the entity's facts, with the fact's date label. */
export interface KeyFigure {
  text: string;
  dateLabel: string;
  factId: string;
  quote: string;
}

/** The figures stated in `items` (newest first as given), one per distinct text, up to `max`. */
export function keyFiguresOf(items: readonly TimelineItem[], max = 8): KeyFigure[] {
  const seen = new Set<string>();
  const out: KeyFigure[] = [];
  for (const { fact, source } of items) {
    for (const f of fact.figures) {
      if (out.length >= max) return out;
      if (seen.has(f.text)) continue;
      seen.add(f.text);
      out.push({ text: f.text, dateLabel: formatFactDate(fact.date, source), factId: fact.id, quote: fact.quote });
    }
  }
  return out;
}

/** Props of an entity's summary. */
export interface EntitySummaryProps {
  entity: EntityRow;
  countryName?: string;
  keyFigures: readonly KeyFigure[];
}

/** Name, kind, country, description, aliases and key figures of one entity. */
export function EntitySummary({ entity, countryName, keyFigures }: EntitySummaryProps) {
  const style = KIND_STYLES[entity.kind];
  const aliases = entity.aliases.map((a) => a.text).filter((t) => t !== entity.name);
  return (
    <header class="entity-summary" style={kindVars(entity.kind)}>
      <p class="entity-kind">
        <span class="chip-symbol" aria-hidden="true">
          {style.symbol}
        </span>{' '}
        {style.label.charAt(0).toUpperCase() + style.label.slice(1)}
        {entity.role ? ` · ${entity.role}` : ''}
        {countryName && entity.country ? (
          <>
            {' · '}
            <a href={libraryPath({ name: 'entity', id: entity.country })}>{countryName}</a>
          </>
        ) : null}
        {entity.custom && ' · added by you'}
      </p>
      <h1 class="entity-name">{entity.name}</h1>
      <p class="entity-description">{entity.description}</p>
      {aliases.length > 0 && (
        <p class="muted">
          <span class="label">Also written:</span> {aliases.join(', ')}
        </p>
      )}
      {keyFigures.length > 0 && (
        <section aria-labelledby="key-figures">
          <h2 id="key-figures" class="section-heading">
            Key figures
          </h2>
          <ul class="key-figures">
            {keyFigures.map((k) => (
              <li key={k.factId + k.text} title={k.quote}>
                <span class="figure">{k.text}</span> <span class="muted">{k.dateLabel}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </header>
  );
}

/** Props of the list of sources that mention an entity. */
export interface EntitySourcesProps {
  sources: readonly { source: SourceSummary; count: number }[];
}

/** The articles that mention an entity, with how often. */
export function EntitySources({ sources }: EntitySourcesProps) {
  if (!sources.length) return null;
  return (
    <section aria-labelledby="entity-sources">
      <h2 id="entity-sources" class="section-heading">
        Sources that mention it
      </h2>
      <ul class="plain-list">
        {sources.map(({ source, count }) => (
          <li key={source.id}>
            <a href={libraryPath({ name: 'source', id: source.id })}>{source.title}</a>{' '}
            <span class="muted">{[source.publisher, publishedLabel(source), plural(count, 'mention')].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
