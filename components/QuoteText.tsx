import { useMemo } from 'preact/hooks';
import type { Clause } from '../lib/facts/schema';
import { splitRunsAtClause } from '../lib/ui/clause';
import { splitEmphasis, type EmphasisTerm, type TextRun } from '../lib/ui/emphasis';
import { breaksOff } from '../lib/ui/format';
import { kindVars } from '../lib/ui/kinds';

/** Props of a quoted sentence. */
export interface QuoteTextProps {
  text: string;
  /** The names to emphasise (the fact's entities). */
  terms: readonly EmphasisTerm[];
  /** The fact's own words inside the sentence, when it holds several events (issue 12). */
  clause?: Clause | undefined;
  class?: string;
}

function Runs({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, i) =>
        run.entityId ? (
          <mark key={i} class="name" data-entity={run.entityId} style={run.kind ? kindVars(run.kind) : undefined}>
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

/**
 * A sentence with its entity names in `<mark>`s and, when the fact is one of several events of the
 * sentence, its own clause emphasised (the rest is quieter). Every run is rendered as a text node by
 * Preact, so markup inside the quote stays visible as literal text and never becomes elements.
 */
export function QuoteText({ text, terms, clause, class: className = 'quote' }: QuoteTextProps) {
  const parts = useMemo(() => splitRunsAtClause(splitEmphasis(text, terms), clause), [text, terms, clause]);
  return (
    <p class={clause ? `${className} has-clause` : className}>
      <Runs runs={parts.before} />
      {clause ? (
        <span class="clause">
          <Runs runs={parts.inside} />
        </span>
      ) : (
        <Runs runs={parts.inside} />
      )}
      <Runs runs={parts.after} />
      {breaksOff(text) && (
        <span class="breaks-off" title="The source text breaks off here">
          …<span class="visually-hidden"> (the source text breaks off here)</span>
        </span>
      )}
    </p>
  );
}
