import { useEffect, useRef, useState } from 'preact/hooks';
import type { SourceRow } from '../lib/store/rows';
import { formatIsoDate } from '../lib/ui/format-date';
import { plural } from '../lib/ui/format';
import { libraryPath } from '../lib/ui/routes';
import { publishedLabel } from './SourceLine';
import './lists.css';

/** What the list shows of a saved article. */
export type SavedArticle = Pick<SourceRow, 'id' | 'title' | 'publisher' | 'published' | 'publishedFrom' | 'url' | 'savedAt' | 'factCount'>;

/** Props of the saved-articles list. */
export interface SavedArticleListProps {
  items: readonly SavedArticle[];
  /** Deletes an article; resolves to an error message, or null on success. Omit for a read-only list. */
  onDelete?: (id: string) => Promise<string | null>;
  newTab?: boolean;
}

/** Saved articles: open the saved copy or the original, delete with confirmation. */
export function SavedArticleList({ items, onDelete, newTab }: SavedArticleListProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), [confirming]);
  const target = newTab ? '_blank' : undefined;

  return (
    <>
      <p class="status" role="status" data-tone={error ? 'error' : undefined}>
        {error ?? ''}
      </p>
      <ul class="saved-list">
        {items.map((s) => (
          <li key={s.id} class="saved-item">
            <div class="saved-main">
              <a class="saved-title" href={libraryPath({ name: 'source', id: s.id })} target={target} rel={target ? 'noopener' : undefined}>
                {s.title}
              </a>
              <p class="muted saved-meta">
                {[
                  s.publisher,
                  publishedLabel(s),
                  plural(s.factCount, 'fact'),
                  s.savedAt && s.publishedFrom !== 'saved-on' ? `saved ${formatIsoDate(s.savedAt.slice(0, 10))}` : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </div>
            <div class="saved-actions">
              {s.url && /^https?:\/\//i.test(s.url) && (
                <a class="btn" href={s.url} target="_blank" rel="noopener noreferrer" aria-label={`Original: ${s.title}`}>
                  Original
                </a>
              )}
              {onDelete && confirming !== s.id && (
                <button type="button" class="btn btn-danger" aria-label={`Delete ${s.title}`} onClick={() => setConfirming(s.id)}>
                  Delete
                </button>
              )}
            </div>
            {onDelete && confirming === s.id && (
              <div class="confirm" role="group" aria-label={`Confirm deleting ${s.title}`}>
                <p>Delete this article and its {plural(s.factCount, 'fact')}? This cannot be undone.</p>
                <button
                  type="button"
                  class="btn btn-danger"
                  onClick={async () => {
                    const problem = await onDelete(s.id);
                    setError(problem);
                    setConfirming(null);
                  }}
                >
                  Yes, delete
                </button>
                <button ref={cancelRef} type="button" class="btn" onClick={() => setConfirming(null)}>
                  Cancel
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
