/**
 * `#/dictionary` (issue 13): the user's own dictionary — add an entity, the entities the user
 * added, edited or hid, and the names their saved articles suggest. Reads are live queries; every
 * change goes through the background, which checks it, re-reads the saved articles it affects and
 * tells every open tab.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { EntityForm, type EntityFormValues } from '../../components/EntityForm';
import { EmptyState } from '../../components/EmptyState';
import { SuggestionList } from '../../components/SuggestionList';
import { UserEntityList, type UserEntityActions } from '../../components/UserEntityList';
import type { EntityKind } from '../../lib/catalog/schema';
import { indexNames, nameKey, type UserEntityInput } from '../../lib/catalog/user-entity';
import type { MessageClient } from '../../lib/messages/client';
import type { LodestoneDB } from '../../lib/store/db';
import { getUserDictionary, listSuggestions, type Suggestion } from '../../lib/store/query-dictionary';
import { plural } from '../../lib/ui/format';
import { useEntityMap } from '../../lib/ui/use-entities';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import '../../components/dictionary.css';
import '../../components/lists.css';

/** Props of the dictionary view. */
export interface DictionaryPageProps {
  db: LodestoneDB;
  send: MessageClient['send'];
  /** A name to add, from the page's `Add "…" to Lodestone` menu (`#/dictionary?add=…`). */
  add?: { name: string; kind?: EntityKind };
}

/** The dictionary view. */
export function DictionaryPage({ db, send, add }: DictionaryPageProps) {
  const entities = useEntityMap(db);
  const entries = useLiveQuery(() => getUserDictionary(db), [db]);
  const suggestions = useLiveQuery(() => listSuggestions(db), [db]);
  const index = useMemo(() => indexNames(entities ? [...entities.values()] : []), [entities]);
  const [prefill, setPrefill] = useState<Partial<EntityFormValues> | undefined>(add ? { name: add.name, ...(add.kind ? { kind: add.kind } : {}) } : undefined);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const formRef = useRef<HTMLElement>(null);

  const relinked = (n: number) => (n ? ` ${plural(n, 'saved article')} now ${n === 1 ? 'links' : 'link'} to it.` : '');
  const addEntity = async (input: UserEntityInput) => {
    const r = await send('dictionary/add', { entity: input });
    if (r.ok)
      setStatus({
        tone: 'ok',
        text: `Added ${input.name.trim()}.${relinked(r.value.relinked)}${r.value.warnings.length ? ` ${r.value.warnings.join(' ')}` : ''}`,
      });
    return r;
  };
  /** Adds the entry's names to an entity that has one of them already (no duplicate). */
  const mergeNames = async (intoId: string, input: UserEntityInput) => {
    const into = entities?.get(intoId);
    if (!into) return send('dictionary/update', { id: intoId, entity: { name: '', kind: input.kind, aliases: [] } });
    const have = new Set([into.name, ...into.aliases.map((a) => a.text)].map(nameKey));
    const extra = [input.name, ...input.aliases].filter((t) => !have.has(nameKey(t)));
    return send('dictionary/update', {
      id: intoId,
      entity: { name: into.name, kind: into.kind, aliases: [...into.aliases.map((a) => a.text), ...extra], description: into.description },
    });
  };
  const actions: UserEntityActions = {
    update: (id, input) => send('dictionary/update', { id, entity: input }),
    remove: (id) => send('dictionary/delete', { id }),
    hide: (h) => send('names/hide', h),
    unhide: (h) => send('names/unhide', h),
    merge: (from, into) => send('dictionary/merge', { from, into }),
    mergeNames,
  };
  const toForm = (s: Suggestion): Partial<EntityFormValues> => ({
    name: s.name,
    kind: s.kind,
    aliases: s.aliases.join(', '),
    description: s.role ? s.role.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : '',
  });
  const withBusy = async (key: string, run: () => Promise<void>) => {
    setBusy((b) => new Set([...b, key]));
    await run();
    setBusy((b) => new Set([...b].filter((k) => k !== key)));
  };
  const onAdd = (s: Suggestion) =>
    withBusy(s.key, async () => {
      const values = toForm(s);
      const r = await addEntity({ name: s.name, kind: s.kind, aliases: s.aliases, ...(values.description ? { description: values.description } : {}) });
      if (r.ok) return;
      // It cannot be added as it is (a common word, a name another entity has): the form says why.
      setPrefill(values);
      setStatus({ tone: 'error', text: `${s.name} needs a look before it is added: ${r.error.message}` });
      formRef.current?.scrollIntoView({ block: 'center' });
    });
  const onDismiss = (s: Suggestion) =>
    withBusy(s.key, async () => {
      const r = await send('suggestions/dismiss', { key: s.key, name: s.name });
      setStatus(r.ok ? { tone: 'ok', text: `Dismissed ${s.name}; it will not be suggested again.` } : { tone: 'error', text: r.error.message });
    });

  return (
    <>
      <h1>Dictionary</h1>
      <p class="muted">
        Lodestone highlights what its catalog knows and what you add here. Names you hide stay in your saved articles; they are just not highlighted.
      </p>
      <p class="status" role="status" data-tone={status?.tone}>
        {status?.text ?? ''}
      </p>
      <section aria-labelledby="your-entities" class="dict-section">
        <h2 id="your-entities" class="section-heading">
          Your entities
        </h2>
        <section ref={formRef} aria-labelledby="add-entity" class="dict-add">
          <h3 id="add-entity" class="form-title">
            Add an entity
          </h3>
          {add && <p class="muted">From the page: check the name and its kind, then Add entity.</p>}
          <EntityForm mode="add" initial={prefill} autoFocus={prefill !== undefined} index={index} onSubmit={addEntity} onMerge={mergeNames} />
        </section>
        {entries.status === 'loading' || !entities ? (
          <div class="skeleton" style={{ minHeight: '6rem' }} aria-busy="true" />
        ) : entries.value?.length ? (
          <UserEntityList entries={entries.value} entities={entities} index={index} actions={actions} />
        ) : (
          <EmptyState title="Nothing of yours yet" kind="nothing-saved">
            <p>Add an entity above, select a name on a page and choose “Add … to Lodestone”, or add one of the names suggested below.</p>
          </EmptyState>
        )}
      </section>
      <section aria-labelledby="suggested" class="dict-section">
        <h2 id="suggested" class="section-heading">
          Suggested from your saved articles
        </h2>
        {suggestions.status === 'loading' ? (
          <div class="skeleton" style={{ minHeight: '6rem' }} aria-busy="true" />
        ) : suggestions.value?.length ? (
          <SuggestionList items={suggestions.value} onAdd={(s) => void onAdd(s)} onDismiss={(s) => void onDismiss(s)} busy={busy} />
        ) : (
          <EmptyState title="No suggestions yet" kind="nothing-saved">
            <p>When you save an article, the names in it that look like companies, projects, bodies or people Lodestone does not know appear here.</p>
          </EmptyState>
        )}
      </section>
    </>
  );
}
