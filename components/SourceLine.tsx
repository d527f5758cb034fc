import type { SourceSummary } from '../lib/store/rows';
import { formatIsoDate } from '../lib/ui/format-date';
import type { FactLink } from '../lib/ui/source-link';

/** Props of a fact's source line. */
export interface SourceLineProps {
  source: SourceSummary;
  link: FactLink;
  /** Open links in a new tab (the popup). External links always do. */
  newTab?: boolean;
}

/** When and how the source's date is known, honestly: estimated and save dates say so. */
export function publishedLabel(source: Pick<SourceSummary, 'published' | 'publishedFrom'>): string {
  const date = formatIsoDate(source.published);
  switch (source.publishedFrom) {
    case 'estimate':
      return `${date} (estimated)`;
    case 'saved-on':
      return `saved ${date} (no publication date found)`;
    default:
      return date;
  }
}

/** Publisher · title (linked to the sentence) · publication date. */
export function SourceLine({ source, link, newTab }: SourceLineProps) {
  const blank = newTab || link.external;
  const hint = link.external ? 'Opens the original page at this sentence' : 'Opens the article in Lodestone at this sentence';
  return (
    <p class="source">
      {source.publisher && <span class="publisher">{source.publisher}</span>}
      {source.publisher && <span aria-hidden="true"> · </span>}
      <a href={link.href} target={blank ? '_blank' : undefined} rel={blank ? 'noopener noreferrer' : undefined} title={hint}>
        {source.title}
      </a>
      <span aria-hidden="true"> · </span>
      <span class="published">{publishedLabel(source)}</span>
      {source.origin === 'saved' && ' '}
      {source.origin === 'saved' && <span class="badge">saved</span>}
    </p>
  );
}
