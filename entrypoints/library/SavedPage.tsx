/** `#/saved`: the user's saved articles — search, open, delete (with confirmation). */
import { useState } from 'preact/hooks';
import { EmptyState } from '../../components/EmptyState';
import { SavedArticleList } from '../../components/SavedArticleList';
import type { MessageClient } from '../../lib/messages/client';
import type { LodestoneDB } from '../../lib/store/db';
import { listSavedSources } from '../../lib/store/query-sources';
import { useDebounced } from '../../lib/ui/use-debounced';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import '../../components/lists.css';

/** Saved articles listed at most (search narrows it). */
const LIMIT = 500;

/** The saved-articles view. */
export function SavedPage({ db, send }: { db: LodestoneDB; send: MessageClient['send'] }) {
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query);
  const saved = useLiveQuery(() => listSavedSources(db, { query: debounced, limit: LIMIT }), [db, debounced]);
  const onDelete = async (sourceId: string) => {
    const r = await send('source/delete', { sourceId });
    return r.ok ? null : `Could not delete: ${r.error.message}`;
  };
  return (
    <>
      <h1>Saved articles</h1>
      <label class="search">
        <span class="visually-hidden">Search saved articles</span>
        <input
          class="input"
          type="search"
          placeholder="Search saved articles"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          style={{ width: 'min(100%, 28rem)' }}
        />
      </label>
      {saved.status === 'loading' ? (
        <div class="skeleton" style={{ minHeight: '8rem' }} aria-busy="true" />
      ) : saved.value && saved.value.length > 0 ? (
        <SavedArticleList items={saved.value} onDelete={onDelete} />
      ) : debounced ? (
        <EmptyState title={`No saved article matches “${debounced}”`} kind="no-match" />
      ) : (
        <EmptyState title="Nothing saved yet" kind="nothing-saved">
          <p>Open a news article, then choose “Save article” in the Lodestone popup (or press Alt+Shift+S).</p>
        </EmptyState>
      )}
    </>
  );
}
