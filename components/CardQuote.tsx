import type { Clause } from '../lib/facts/schema';
import { clauseTexts } from '../lib/ui/clause';
import { breaksOff } from '../lib/ui/format';
import { CardText } from './CardText';

/** Props of a quoted sentence in the card. */
export interface CardQuoteProps {
  quote: string;
  /** The fact's own words, when the sentence holds several events (issue 12). */
  clause?: Clause | undefined;
}

/**
 * The sentence in the card (four lines at most), with the event's clause emphasised; a long lead-in
 * before the clause is shortened to its last words so the clause stays in view.
 */
export function CardQuote({ quote, clause }: CardQuoteProps) {
  const end = breaksOff(quote) ? '…' : '';
  if (!clause) return <CardText class="quote" text={`${quote}${end}`} />;
  const t = clauseTexts(quote, clause);
  return (
    <span class="quote has-clause">
      {t.before && <CardText class="ctx" text={t.before} />}
      <CardText class="clause" text={t.clause} />
      {(t.after || end) && <CardText class="ctx" text={`${t.after}${end}`} />}
    </span>
  );
}
