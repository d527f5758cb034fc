import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardDetails, CardEntity, CardState } from '../lib/content/card-view';
import { placeCard, type CardPlacement } from '../lib/page/card-position';
import { formatFactDate, formatIsoDate } from '../lib/ui/format-date';
import { formatNewSince } from '../lib/ui/new-since';
import { KIND_STYLES } from '../lib/ui/kinds';
import { alsoWrittenAs, listingLine } from '../lib/ui/entity-forms';
import { CardClaims } from './CardClaims';
import { CardNotThis } from './CardNotThis';
import { CardQuote } from './CardQuote';
import { CardText } from './CardText';

/** Width the card asks for (px); narrowed on small viewports. */
export const CARD_WIDTH = 360;
/** How many facts the card lists. */
export const CARD_FACTS = 5;

/** Props of the hover/focus card: what the content script decides to show (lib/content/card-view.ts). */
export type CardProps = CardState;

/**
 * The card explaining one entity: name, kind, description, latest dated facts with their sources,
 * how many sources mention it, related entities and "Open timeline". Every string is text (see
 * CardText), never HTML: facts come from articles the user saved.
 */
export function Card(p: CardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<CardPlacement | null>(null);
  const { anchor, viewport } = p;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // scrollHeight is the content's natural height even while maxHeight caps the box (+2: borders).
    const next = placeCard(anchor, { width: CARD_WIDTH, height: el.scrollHeight + 2 }, viewport);
    setPlace((prev) =>
      prev && prev.top === next.top && prev.left === next.left && prev.maxHeight === next.maxHeight && prev.width === next.width ? prev : next,
    );
  }, [anchor.left, anchor.top, anchor.right, anchor.bottom, viewport.width, viewport.height, p.details]);

  const placed = place !== null;
  useEffect(() => {
    if (placed && p.focusOnOpen) ref.current?.focus({ preventScroll: true });
  }, [placed, p.focusOnOpen]);

  const kind = KIND_STYLES[p.entity.kind];
  const known = p.details.status === 'ready' ? p.details.card.entity : undefined;
  const local = p.details.status === 'local';
  const description = p.entity.description ?? known?.description ?? (local ? localDescription(p.entity.kind) : undefined);
  const role = p.entity.role ?? known?.role;
  const written = known ? alsoWrittenAs(known) : [];
  const listings = listingLine(known?.listings);
  const style = place
    ? { top: `${place.top}px`, left: `${place.left}px`, width: `${place.width}px`, maxHeight: `${place.maxHeight}px` }
    : { top: '0px', left: '0px', width: `${CARD_WIDTH}px`, visibility: 'hidden' };

  return (
    <div
      ref={ref}
      class={`card side-${place?.side ?? 'below'}`}
      role="dialog"
      aria-label={`${p.entity.name}, ${kind.label}`}
      aria-describedby="lodestone-card-desc"
      tabIndex={-1}
      style={style}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          p.onClose();
        }
      }}
      onPointerEnter={p.onPointerEnter}
      onPointerLeave={p.onPointerLeave}
    >
      <div class="head">
        <span class="kind" data-kind={p.entity.kind}>
          <CardText text={`${kind.symbol} ${kind.label}${role ? ` · ${role}` : ''}`} />
        </span>
        <button type="button" class="close" aria-label="Close card" onClick={p.onClose}>
          <CardText text="×" />
        </button>
      </div>
      <h2 class="name">
        <CardText text={p.entity.name} />
      </h2>
      <p class="desc" id="lodestone-card-desc" aria-busy={description === undefined}>
        <CardText text={description ?? ''} />
      </p>
      {(written.length > 0 || listings) && (
        <p class="meta forms">
          {written.length > 0 && <CardText text={`Also written: ${written.join(', ')}`} />}
          {written.length > 0 && listings && <CardText text=" · " />}
          {listings && <CardText text={`Listed: ${listings}`} />}
        </p>
      )}
      <CardBody entity={p.entity} details={p.details} />
      <div class="actions">
        {p.notThis && <CardNotThis entityName={p.entity.name} notThis={p.notThis} />}
        {local ? (
          p.onAddName && (
            <button type="button" class="primary" aria-label={`Add ${p.entity.name} to Lodestone`} onClick={p.onAddName}>
              <CardText text="Add to Lodestone" />
            </button>
          )
        ) : (
          <button type="button" class="primary" onClick={() => p.onOpenTimeline(p.entity.id)}>
            <CardText text="Open timeline" />
          </button>
        )}
      </div>
    </div>
  );
}

/** What the card says of a name the page introduces for itself (lib/spotter/local-names.ts). */
function localDescription(kind: CardEntity['kind']): string {
  const label = kind === 'region' ? 'place' : KIND_STYLES[kind].label;
  const what = `${/^[aeiou]/.test(label) ? 'An' : 'A'} ${label}`;
  return `${what} this article introduces. Lodestone does not know it yet.`;
}

function CardBody({ entity, details }: { entity: CardEntity; details: CardDetails }) {
  if (details.status === 'local') {
    return (
      <p class="note">
        <CardText text={`Add it to your dictionary to highlight ${entity.name} on every page and collect its dated facts from the articles you save.`} />
      </p>
    );
  }
  if (details.status === 'loading') {
    return (
      <p class="note" aria-busy="true">
        <CardText text="Loading facts…" />
      </p>
    );
  }
  if (details.status === 'error') {
    return (
      <p class="note">
        <CardText text={details.message} />
      </p>
    );
  }
  const { card } = details;
  const facts = card.latestFacts.slice(0, CARD_FACTS);
  const related = card.related.slice(0, 6).map((r) => `${r.name} (${r.shared})`);
  const since = card.newSince?.since;
  return (
    <>
      {card.newSince && (
        <p class="new-since">
          <CardText text={formatNewSince(card.newSince)} />
        </p>
      )}
      {card.claims && <CardClaims claims={card.claims} />}
      {facts.length ? (
        <ol class="facts" aria-label="Latest dated facts">
          {facts.map(({ fact, source, arrivedAt }) => (
            <li key={fact.id} data-new={since && arrivedAt && arrivedAt > since ? 'true' : undefined}>
              <span class="when-line">
                <CardText class="when" text={formatFactDate(fact.date, source)} />
                {since && arrivedAt && arrivedAt > since && <CardText class="new-tag" text="New" />}
              </span>
              <CardQuote quote={fact.quote} clause={fact.clause} />
              <CardText class="src" text={[source.publisher, `“${source.title}”`, formatIsoDate(source.published)].filter(Boolean).join(' · ')} />
            </li>
          ))}
        </ol>
      ) : (
        <p class="note">
          <CardText text={`No dated facts about ${entity.name} yet. Save articles that mention it to build its timeline.`} />
        </p>
      )}
      <p class="meta">
        <CardText text={`Mentioned in ${card.sourceCount} ${card.sourceCount === 1 ? 'source' : 'sources'}`} />
      </p>
      {related.length > 0 && (
        <p class="meta related">
          <CardText text={`Related: ${related.join(', ')}`} />
        </p>
      )}
    </>
  );
}
