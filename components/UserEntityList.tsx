import { useState } from 'preact/hooks';
import type { NameIndex, UserEntityInput } from '../lib/catalog/user-entity';
import type { Result } from '../lib/result';
import type { DictionaryEntry } from '../lib/store/query-dictionary';
import type { EntityRow, HiddenNameRow } from '../lib/store/rows';
import { KIND_STYLES, kindVars } from '../lib/ui/kinds';
import { libraryPath } from '../lib/ui/routes';
import { EntityForm } from './EntityForm';
import './lists.css';
import './dictionary.css';

/** What the list asks the page to do (each resolves to the background's answer). */
export interface UserEntityActions {
  update(id: string, input: UserEntityInput): Promise<Result<{ warnings: string[] }>>;
  remove(id: string): Promise<Result<unknown>>;
  hide(hide: Omit<HiddenNameRow, 'hiddenAt'>): Promise<Result<unknown>>;
  unhide(hide: Omit<HiddenNameRow, 'hiddenAt'>): Promise<Result<unknown>>;
  merge(fromId: string, intoId: string): Promise<Result<unknown>>;
  mergeNames(intoId: string, input: UserEntityInput): Promise<Result<unknown>>;
}

/** Props of the "Your entities" list. */
export interface UserEntityListProps {
  entries: readonly DictionaryEntry[];
  /** Every entity, for the merge box and the edit form's checks. */
  entities: ReadonlyMap<string, EntityRow>;
  index: NameIndex;
  actions: UserEntityActions;
}

const STATUS: Record<DictionaryEntry['status'], string> = { added: 'Added by you', edited: 'Catalog entity, edited by you', catalog: 'Catalog entity' };

/** What a hide says, in words (`Hidden everywhere`, `“MP” hidden on mining.com`). */
export function describeHide(h: Pick<HiddenNameRow, 'text' | 'site'>): string {
  return `${h.text ? `“${h.text}”` : 'Hidden'}${h.text ? ' hidden' : ''} ${h.site ? `on ${h.site}` : 'everywhere'}`;
}

/**
 * The user's dictionary: what they added, catalog entities they edited or hid (marked so), each
 * with Edit, Hide/Unhide, Delete (or Undo changes, for an edit) and Merge into another entity;
 * every hide listed with its own Unhide. Names are text, never markup.
 */
export function UserEntityList({ entries, entities, index, actions }: UserEntityListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [merging, setMerging] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [mergeTarget, setMergeTarget] = useState('');
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const byName = new Map([...entities.values()].map((e) => [e.name.toLowerCase(), e] as const));
  const report = async (r: Promise<Result<unknown>>, done: string) => {
    const res = await r;
    setStatus(res.ok ? { tone: 'ok', text: done } : { tone: 'error', text: res.error.message });
    return res.ok;
  };

  return (
    <>
      <p class="status" role="status" data-tone={status?.tone}>
        {status?.text ?? ''}
      </p>
      <datalist id="entity-names">
        {merging && [...entities.values()].filter((e) => e.id !== merging).map((e) => <option key={e.id} value={e.name} />)}
      </datalist>
      <ul class="dict-list">
        {entries.map(({ entity: e, status: st, hides }) => {
          const hiddenEverywhere = hides.some((h) => !h.text && !h.site);
          return (
            <li key={e.id} class="dict-item" data-status={st} style={kindVars(e.kind)}>
              <div class="dict-main">
                <a class="dict-name" href={libraryPath({ name: 'entity', id: e.id })}>
                  {e.name}
                </a>
                <span class="dict-kind">{KIND_STYLES[e.kind].label}</span>
                <span class="dict-mark">{STATUS[st]}</span>
                <p class="dict-desc">{e.description}</p>
                {e.aliases.length > 0 && <p class="muted dict-forms">Also written: {e.aliases.map((a) => a.text).join(', ')}</p>}
                {hides.length > 0 && (
                  <ul class="dict-hides">
                    {hides.map((h) => (
                      <li key={`${h.text}|${h.site}`}>
                        <span class="dict-hidden">{describeHide(h)}</span>{' '}
                        <button
                          type="button"
                          class="btn btn-small"
                          aria-label={`Unhide ${h.text ? `“${h.text}”` : e.name} ${h.site ? `on ${h.site}` : 'everywhere'}`}
                          onClick={() =>
                            void report(actions.unhide({ entityId: h.entityId, text: h.text, site: h.site }), `Showing ${h.text || e.name} again.`)
                          }
                        >
                          Unhide
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <div class="dict-actions">
                {st !== 'catalog' && (
                  <button
                    type="button"
                    class="btn"
                    aria-label={`Edit ${e.name}`}
                    aria-expanded={editing === e.id}
                    onClick={() => setEditing(editing === e.id ? null : e.id)}
                  >
                    Edit
                  </button>
                )}
                {hiddenEverywhere ? (
                  <button
                    type="button"
                    class="btn"
                    aria-label={`Unhide ${e.name}`}
                    onClick={() => void report(actions.unhide({ entityId: e.id, text: '', site: '' }), `Showing ${e.name} again.`)}
                  >
                    Unhide
                  </button>
                ) : (
                  <button
                    type="button"
                    class="btn"
                    aria-label={`Hide ${e.name}`}
                    onClick={() =>
                      void report(actions.hide({ entityId: e.id, text: '', site: '' }), `${e.name} is hidden everywhere; your saved articles keep it.`)
                    }
                  >
                    Hide
                  </button>
                )}
                {st === 'added' && (
                  <button type="button" class="btn btn-danger" aria-label={`Delete ${e.name}`} onClick={() => setConfirming(e.id)}>
                    Delete
                  </button>
                )}
                {st === 'edited' && (
                  <button
                    type="button"
                    class="btn"
                    aria-label={`Undo changes to ${e.name}`}
                    onClick={() => void report(actions.remove(e.id), `${e.name} is back as the catalog has it.`)}
                  >
                    Undo changes
                  </button>
                )}
                <button
                  type="button"
                  class="btn"
                  aria-label={`Merge ${e.name}`}
                  aria-expanded={merging === e.id}
                  onClick={() => (setMerging(merging === e.id ? null : e.id), setMergeTarget(''))}
                >
                  Merge
                </button>
              </div>
              {confirming === e.id && (
                <div class="confirm" role="group" aria-label={`Confirm deleting ${e.name}`}>
                  <p>Delete {e.name}? Its highlights and its links in your saved articles go; the articles stay.</p>
                  <button
                    type="button"
                    class="btn btn-danger"
                    onClick={() => void report(actions.remove(e.id), `Deleted ${e.name}.`).then(() => setConfirming(null))}
                  >
                    Yes, delete
                  </button>
                  <button type="button" class="btn" onClick={() => setConfirming(null)}>
                    Cancel
                  </button>
                </div>
              )}
              {merging === e.id && (
                <form
                  class="merge-form"
                  aria-label={`Merge ${e.name} into another entity`}
                  onSubmit={(ev) => {
                    ev.preventDefault();
                    const target = byName.get(mergeTarget.trim().toLowerCase());
                    if (!target || target.id === e.id) return setStatus({ tone: 'error', text: `Choose an entity to merge ${e.name} into (by its name).` });
                    void report(actions.merge(e.id, target.id), `Merged ${e.name} into ${target.name}.`).then((ok) => ok && setMerging(null));
                  }}
                >
                  <label for={`merge-${e.id}`}>Merge into</label>
                  <input id={`merge-${e.id}`} class="input" list="entity-names" value={mergeTarget} onInput={(ev) => setMergeTarget(ev.currentTarget.value)} />
                  <button type="submit" class="btn btn-primary">
                    Merge
                  </button>
                </form>
              )}
              {editing === e.id && (
                <EntityForm
                  mode="edit"
                  idPrefix={`edit-${e.id}`}
                  selfId={e.id}
                  base={e}
                  index={index}
                  autoFocus
                  initial={{ name: e.name, kind: e.kind, aliases: e.aliases.map((a) => a.text).join(', '), description: e.description }}
                  onSubmit={async (input) => {
                    const r = await actions.update(e.id, input);
                    if (r.ok) setEditing(null);
                    return r;
                  }}
                  onMerge={(into, input) => actions.mergeNames(into, input)}
                  onCancel={() => setEditing(null)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
