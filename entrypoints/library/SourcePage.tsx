/** `#/source/<id>?at=<offset>`: an article's text with the sentence at `offset` highlighted. */
import { EmptyState } from '../../components/EmptyState';
import { SourceReader } from '../../components/SourceReader';
import { publishedLabel } from '../../components/SourceLine';
import type { LodestoneDB } from '../../lib/store/db';
import { getSource, getSourceFacts } from '../../lib/store/query-sources';
import { libraryPath } from '../../lib/ui/routes';
import { useLiveQuery } from '../../lib/ui/use-live-query';

/**
 * The sentence starting at `at`: the fact that starts there if there is one (its exact end), else
 * up to the next sentence end, so an old link still lands somewhere sensible.
 */
export function sentenceAt(text: string, facts: readonly { start: number; end: number }[], at: number): { start: number; end: number } | undefined {
  if (at < 0 || at >= text.length) return undefined;
  const fact = facts.find((f) => f.start === at);
  if (fact) return { start: fact.start, end: fact.end };
  const rest = text.slice(at);
  const m = /[.!?](?=\s|$)|\n/.exec(rest);
  return { start: at, end: at + (m ? m.index + 1 : rest.length) };
}

/** The reader view. */
export function SourcePage({ db, id, at }: { db: LodestoneDB; id: string; at?: number }) {
  const data = useLiveQuery(async () => {
    const source = await getSource(db, id);
    return source ? { source, facts: at !== undefined ? await getSourceFacts(db, id) : [] } : null;
  }, [db, id, at]);
  if (data.status === 'loading') return <div class="reader skeleton" style={{ minHeight: '60vh' }} aria-busy="true" />;
  if (data.status === 'error' || !data.value) {
    return (
      <EmptyState title="Article not found" kind="unknown-source">
        <p>
          This article is not in your library (it may have been deleted). <a href={libraryPath({ name: 'saved' })}>See saved articles</a>
        </p>
      </EmptyState>
    );
  }
  const { source, facts } = data.value;
  const highlight = at !== undefined ? sentenceAt(source.text, facts, at) : undefined;
  const meta = [source.publisher, source.byline, publishedLabel(source), source.origin === 'seed' ? 'bundled article' : 'saved article']
    .filter(Boolean)
    .join(' · ');
  return <SourceReader title={source.title} meta={meta} text={source.text} highlight={highlight} url={source.url} />;
}
