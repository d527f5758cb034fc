import type { ClaimsView } from '../lib/store/rows';
import { claimSource, claimWords } from './ClaimNote';
import { CardText } from './CardText';

/** Props of the card's claims. */
export interface CardClaimsProps {
  claims: ClaimsView;
}

/**
 * "Sources disagree" about the entity, each claim with its words and its source; then what "2
 * sources agree" on (issue 12). At most two groups of each, so the card stays a card.
 */
export function CardClaims({ claims }: CardClaimsProps) {
  const contested = claims.contested.slice(0, 2);
  const corroborated = claims.corroborated.slice(0, 2);
  if (!contested.length && !corroborated.length) return null;
  return (
    <div class="claims">
      {contested.map((g) => (
        <section key={`d:${g.topic}`} class="claim disagree" aria-label={`Sources disagree: ${g.topic}`}>
          <p class="claim-head">
            <CardText class="claim-flag" text="Sources disagree" />
            <CardText class="claim-topic" text={` · ${g.topic}`} />
          </p>
          <ul class="claim-list">
            {g.claims.map((c) => (
              <li key={c.factId}>
                <CardText class="claim-value" text={c.value} />
                <CardText class="claim-words" text={` “${claimWords(c)}”`} />
                <CardText class="claim-src" text={claimSource(c)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {corroborated.map((g) => (
        <p key={`a:${g.topic}`} class="claim agree">
          <CardText class="claim-flag" text={`${new Set(g.claims.map((c) => c.sourceId)).size} sources agree`} />
          <CardText class="claim-topic" text={` · ${g.topic}: ${g.claims[0]?.value ?? ''}`} />
        </p>
      ))}
    </div>
  );
}
