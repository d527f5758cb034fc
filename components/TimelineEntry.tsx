import type { TimelineItem } from '../lib/store/rows';
import type { EmphasisTerm } from '../lib/ui/emphasis';
import { formatFactDate } from '../lib/ui/format-date';
import { factLink } from '../lib/ui/source-link';
import { FigureList } from './FigureList';
import { QuoteText } from './QuoteText';
import { SourceLine } from './SourceLine';

/** Props of one timeline entry. */
export interface TimelineEntryProps {
  item: TimelineItem;
  terms: readonly EmphasisTerm[];
  newTab?: boolean;
}

/** One dated fact: its date at its precision, the sentence, its figures and its source. */
export function TimelineEntry({ item, terms, newTab }: TimelineEntryProps) {
  const { fact, source } = item;
  const label = formatFactDate(fact.date);
  return (
    <li class="entry" data-planned={fact.date.planned ? 'true' : undefined} data-fact={fact.id}>
      <time class="entry-date" dateTime={fact.date.value} title={fact.date.phrase ? `From “${fact.date.phrase}”` : undefined}>
        {label}
      </time>
      <div class="entry-body">
        <QuoteText text={fact.quote} terms={terms} />
        <FigureList figures={fact.figures} />
        <SourceLine source={source} link={factLink(item)} newTab={newTab} />
      </div>
    </li>
  );
}
