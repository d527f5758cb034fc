import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ENTITY_KINDS, type EntityKind } from '../lib/catalog/schema';
import { checkUserEntity, findClash, type CheckOptions, type NameIndex, type UserEntityInput } from '../lib/catalog/user-entity';
import type { Result } from '../lib/result';
import { isCommonWord } from '../lib/text/common-words';
import { KIND_STYLES } from '../lib/ui/kinds';
import './filters.css';
import './dictionary.css';

/** The form's fields as typed. */
export interface EntityFormValues {
  name: string;
  kind: EntityKind;
  /** Comma-separated other forms. */
  aliases: string;
  description: string;
}

/** Props of the add/edit form. */
export interface EntityFormProps {
  /** `add`: the button is `Add entity`; `edit`: `Save changes` and `Cancel`. */
  mode: 'add' | 'edit';
  initial?: Partial<EntityFormValues>;
  /** Every entity's names (the user's included), to say before sending that a name is taken. */
  index: NameIndex;
  /** The entity being edited (its own names are no clash) and how it stands (a catalog name kept stays). */
  selfId?: string;
  base?: CheckOptions['base'];
  /** Sends the entry; resolves to what the background said. */
  onSubmit: (input: UserEntityInput) => Promise<Result<{ warnings: string[] }>>;
  /** Adds the entry's names to the entity that already has one of them (offered on a clash). */
  onMerge?: (intoId: string, input: UserEntityInput) => Promise<Result<unknown>>;
  onCancel?: () => void;
  /** Moves focus to the Name box when it appears (a suggestion or the page menu opened the form). */
  autoFocus?: boolean;
  /** Prefix for element ids (several forms on one page). */
  idPrefix?: string;
}

const EMPTY: EntityFormValues = { name: '', kind: 'company', aliases: '', description: '' };

/** The form's fields as the protocol takes them. */
export function toInput(v: EntityFormValues): UserEntityInput {
  return {
    name: v.name,
    kind: v.kind,
    aliases: v.aliases
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    ...(v.description.trim() ? { description: v.description } : {}),
  };
}

type Note = { tone: 'error' | 'ok'; text: string; mergeInto?: { id: string; name: string } } | null;

/**
 * Add (or edit) an entity of the user's dictionary: Name, Kind, Also written (comma-separated),
 * Description. The entry is checked as the background will check it (lib/catalog/user-entity.ts):
 * problems are said before anything is sent, a name another entity has offers a merge, and a
 * common word among the other forms is warned about as it is typed. Everything typed is shown as
 * text, never as markup.
 */
export function EntityForm(p: EntityFormProps) {
  const [values, setValues] = useState<EntityFormValues>({ ...EMPTY, ...p.initial });
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const id = p.idPrefix ?? 'entity-form';
  useEffect(() => {
    setValues({ ...EMPTY, ...p.initial });
    setNote(null);
  }, [p.initial?.name, p.initial?.kind, p.initial?.aliases, p.initial?.description]);
  useEffect(() => {
    if (p.autoFocus) nameRef.current?.focus();
  }, [p.autoFocus, p.initial?.name]);

  const input = toInput(values);
  const checked = useMemo(
    () => checkUserEntity(input, { index: p.index, isCommonWord, ...(p.selfId ? { selfId: p.selfId } : {}), ...(p.base ? { base: p.base } : {}) }),
    [values, p.index, p.selfId, p.base],
  );
  const warnings = checked.ok ? checked.value.warnings : [];
  const set = (k: keyof EntityFormValues) => (e: { currentTarget: { value: string } }) => setValues({ ...values, [k]: e.currentTarget.value });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!checked.ok) {
      const owner = checked.error.code === 'name-taken' ? [input.name, ...input.aliases].map((t) => findClash(t, p.index, p.selfId)).find(Boolean) : undefined;
      setNote({ tone: 'error', text: checked.error.message, ...(owner ? { mergeInto: owner } : {}) });
      return;
    }
    setBusy(true);
    const r = await p.onSubmit(input);
    setBusy(false);
    if (!r.ok) return setNote({ tone: 'error', text: r.error.message });
    setNote({ tone: 'ok', text: p.mode === 'add' ? `Added ${checked.value.entity.name}.` : `Saved ${checked.value.entity.name}.` });
    if (p.mode === 'add') setValues({ ...EMPTY, kind: values.kind });
  };

  const merge = async (into: { id: string; name: string }) => {
    if (!p.onMerge) return;
    setBusy(true);
    const r = await p.onMerge(into.id, input);
    setBusy(false);
    if (!r.ok) return setNote({ tone: 'error', text: r.error.message });
    setNote({ tone: 'ok', text: `Added the names to ${into.name}.` });
    if (p.mode === 'add') setValues({ ...EMPTY, kind: values.kind });
  };

  return (
    <form class="entity-form" onSubmit={submit} noValidate aria-label={p.mode === 'add' ? 'Add an entity' : `Edit ${p.initial?.name ?? ''}`}>
      <div class="entity-fields">
        <label for={`${id}-name`}>Name</label>
        <input
          ref={nameRef}
          id={`${id}-name`}
          class="input"
          type="text"
          autoComplete="off"
          value={values.name}
          onInput={set('name')}
          aria-describedby={`${id}-note`}
        />
        <label for={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} class="input" value={values.kind} onChange={(e) => setValues({ ...values, kind: e.currentTarget.value as EntityKind })}>
          {ENTITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_STYLES[k].label}
            </option>
          ))}
        </select>
        <label for={`${id}-aliases`}>Also written</label>
        <input
          id={`${id}-aliases`}
          class="input"
          type="text"
          autoComplete="off"
          placeholder="Short forms, tickers: comma-separated"
          value={values.aliases}
          onInput={set('aliases')}
          aria-describedby={`${id}-warn`}
        />
        <label for={`${id}-desc`}>Description</label>
        <textarea
          id={`${id}-desc`}
          class="input"
          rows={2}
          placeholder="Optional: what it is, in one line"
          value={values.description}
          onInput={set('description')}
        />
      </div>
      <p class="warn" id={`${id}-warn`} role="status">
        {warnings.join(' ')}
      </p>
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {p.mode === 'add' ? 'Add entity' : 'Save changes'}
        </button>
        {p.onCancel && (
          <button type="button" class="btn" onClick={p.onCancel}>
            Cancel
          </button>
        )}
        {note?.mergeInto && p.onMerge && (
          <button type="button" class="btn" disabled={busy} onClick={() => void merge(note.mergeInto!)}>
            Merge into {note.mergeInto.name}
          </button>
        )}
      </div>
      <p class="status" id={`${id}-note`} role={note?.tone === 'error' ? 'alert' : 'status'} data-tone={note?.tone}>
        {note?.text ?? ''}
      </p>
    </form>
  );
}
