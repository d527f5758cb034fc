/** The popup's fallback content: the latest saved articles, or how to save the first one. */
import { EmptyState } from '../../components/EmptyState';
import { SavedArticleList } from '../../components/SavedArticleList';
import type { LodestoneDB } from '../../lib/store/db';
import { listSavedSources } from '../../lib/store/query-sources';
import { useLiveQuery } from '../../lib/ui/use-live-query';

/** How many saved articles the popup lists. */
const LATEST = 5;

/** The latest saved articles (live), or the "nothing saved yet" state. */
export function LatestSaved({ db }: { db: LodestoneDB }) {
  const saved = useLiveQuery(() => listSavedSources(db, { limit: LATEST }), [db]);
  if (saved.status !== 'ready') return <div class="latest-placeholder" aria-hidden="true" />;
  if (!saved.value.length) {
    return (
      <EmptyState title="Nothing saved yet" kind="nothing-saved">
        <p>Open a news article and choose “Save article” (or press Alt+Shift+S). Its dated facts join the timeline here and in the library.</p>
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="latest-heading">
      <h2 id="latest-heading" class="section-heading">
        Latest saved articles
      </h2>
      <SavedArticleList items={saved.value} newTab />
    </section>
  );
}
