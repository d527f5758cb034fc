import { useMemo } from 'preact/hooks';
import { splitEmphasis, type EmphasisTerm } from '../lib/ui/emphasis';
import { breaksOff } from '../lib/ui/format';
import { kindVars } from '../lib/ui/kinds';

/** Props of a quoted sentence. */
export interface QuoteTextProps {
  text: string;
  /** The names to emphasise (the fact's entities). */
  terms: readonly EmphasisTerm[];
  class?: string;
}

/**
 * A sentence with its entity names in `<mark>`s. Every run is rendered as a text node by Preact,
 * so markup inside the quote stays visible as literal text and never becomes elements.
 */
export function QuoteText({ text, terms, class: className = 'quote' }: QuoteTextProps) {
  const runs = useMemo(() => splitEmphasis(text, terms), [text, terms]);
  return (
    <p class={className}>
      {runs.map((run, i) =>
        run.entityId ? (
          <mark key={i} class="name" data-entity={run.entityId} style={run.kind ? kindVars(run.kind) : undefined}>
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
      {breaksOff(text) && (
        <span class="breaks-off" title="The source text breaks off here">
          …<span class="visually-hidden"> (the source text breaks off here)</span>
        </span>
      )}
    </p>
  );
}
