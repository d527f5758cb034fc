import type { ClaimGroupView, ClaimView } from '../lib/store/rows';
import { publishedLabel } from './SourceLine';

/** Props of the claim notes under a fact. */
export interface ClaimNoteProps {
  /** The fact the notes are under (its own claim is marked "this"). */
  factId: string;
  contested: readonly ClaimGroupView[];
  corroborated: readonly ClaimGroupView[];
}

/** `SMM · Title · 12 Dec 2025 (estimated)`. */
export function claimSource(c: ClaimView): string {
  if (!c.source) return c.sourceId;
  return [c.source.publisher, c.source.title, publishedLabel(c.source)].filter(Boolean).join(' · ');
}

/** The claim's own words: its clause when the sentence holds several events. */
export function claimWords(c: ClaimView): string {
  return c.clause ? c.quote.slice(c.clause.start, c.clause.end) : c.quote;
}

/**
 * "Sources disagree" with every quote and its source, or "2 sources agree" (issue 12), under a
 * timeline fact whose claim is part of such a group. Text only; the reason is in the title.
 */
export function ClaimNote({ factId, contested, corroborated }: ClaimNoteProps) {
  if (!contested.length && !corroborated.length) return null;
  return (
    <>
      {contested.map((g) => (
        <div key={`d:${g.topic}`} class="claim-note disagree" role="note" aria-label={`Sources disagree: ${g.topic}`} title={g.why}>
          <p class="claim-head">
            <strong>Sources disagree</strong> <span class="claim-topic">· {g.topic}</span>
          </p>
          <ul class="claim-list">
            {g.claims.map((c) =>
              // This fact's own claim: its words and source are right above.
              c.factId === factId ? (
                <li key={c.factId} data-this="true">
                  <span class="claim-value">{c.value}</span>
                </li>
              ) : (
                <li key={c.factId}>
                  <span class="claim-value">{c.value}</span> <q>{claimWords(c)}</q> <span class="claim-src">— {claimSource(c)}</span>
                </li>
              ),
            )}
          </ul>
        </div>
      ))}
      {corroborated.map((g) => {
        const sources = new Set(g.claims.map((c) => c.sourceId)).size;
        return (
          <p key={`a:${g.topic}`} class="claim-note agree" role="note" title={g.why}>
            <strong>{`${sources} sources agree`}</strong>{' '}
            <span class="claim-topic">
              · {g.topic}: {g.claims[0]?.value}
            </span>
            <span class="claim-src">
              {' '}
              —{' '}
              {g.claims
                .filter((c) => c.factId !== factId)
                .map(claimSource)
                .join('; ')}
            </span>
          </p>
        );
      })}
    </>
  );
}
