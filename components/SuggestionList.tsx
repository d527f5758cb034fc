import type { Suggestion } from '../lib/store/query-dictionary';
import { KIND_STYLES, kindVars } from '../lib/ui/kinds';
import { plural } from '../lib/ui/format';
import { libraryPath } from '../lib/ui/routes';
import './lists.css';
import './dictionary.css';

/** Props of the suggestions list. */
export interface SuggestionListProps {
  items: readonly Suggestion[];
  onAdd: (s: Suggestion) => void;
  onDismiss: (s: Suggestion) => void;
  /** Names being added or dismissed right now (their buttons wait). */
  busy?: ReadonlySet<string>;
}

/**
 * Names the saved articles suggest (issue 13): each with its guessed kind, how often and in which
 * articles it appears, a sentence it appears in (quoted, as text), the forms the articles define
 * for it, and `Add <name>` / `Dismiss <name>`.
 */
export function SuggestionList({ items, onAdd, onDismiss, busy }: SuggestionListProps) {
  return (
    <ul class="dict-list">
      {items.map((s) => (
        <li key={s.key} class="dict-item suggestion" style={kindVars(s.kind)}>
          <div class="dict-main">
            <span class="dict-name">{s.name}</span>
            <span class="dict-kind">{KIND_STYLES[s.kind].label}?</span>
            <p class="muted dict-forms">
              {plural(s.count, 'mention')} in {plural(s.sources.length, 'saved article')}:{' '}
              {s.sources.map((src, i) => (
                <span key={src.id}>
                  {i > 0 && ', '}
                  <a href={libraryPath({ name: 'source', id: src.id })}>{src.title}</a>
                </span>
              ))}
            </p>
            <blockquote class="dict-quote">“{s.sentence}”</blockquote>
            {(s.aliases.length > 0 || s.role) && (
              <p class="muted dict-forms">
                {[s.aliases.length ? `Also written: ${s.aliases.join(', ')}` : '', s.role ? `Described as ${s.role}` : ''].filter(Boolean).join(' · ')}
              </p>
            )}
          </div>
          <div class="dict-actions">
            <button type="button" class="btn btn-primary" aria-label={`Add ${s.name}`} disabled={busy?.has(s.key)} onClick={() => onAdd(s)}>
              Add
            </button>
            <button type="button" class="btn" aria-label={`Dismiss ${s.name}`} disabled={busy?.has(s.key)} onClick={() => onDismiss(s)}>
              Dismiss
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
