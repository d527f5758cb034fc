import { plural } from '../lib/ui/format';

/** Props of the popup's header. */
export interface PopupHeaderProps {
  /** The page's title (may be empty while loading). */
  pageTitle: string;
  /** Entities mentioned, or null while the page state loads. */
  entityCount: number | null;
  /** False for a page Lodestone cannot read at all (browser pages, stores). */
  readable?: boolean;
  /** False until the page state has loaded: the button waits, without claiming to be busy. */
  ready?: boolean;
  saved: boolean;
  /** Why the page cannot be saved; null when it can. */
  unsavableReason: string | null;
  /** Id of an element elsewhere that already explains it (the header then does not repeat it). */
  reasonId?: string;
  saving: boolean;
  onSave: () => void;
  /** Result of the last save, announced politely. */
  message?: { tone: 'ok' | 'error'; text: string } | null;
  libraryHref: string;
}

/** What the save button says: "Save article", "Saved — update", or "Saving…". */
export function saveButtonLabel(saved: boolean, saving: boolean): string {
  if (saving) return 'Saving…';
  return saved ? 'Saved — update' : 'Save article';
}

/** The page's state (entities mentioned, saved or not) and the save button. */
export function PopupHeader({
  pageTitle,
  entityCount,
  readable = true,
  ready = true,
  saved,
  unsavableReason,
  reasonId,
  saving,
  onSave,
  message,
  libraryHref,
}: PopupHeaderProps) {
  const disabled = !ready || saving || unsavableReason !== null;
  const stateText = !readable
    ? 'Lodestone can’t read this page'
    : entityCount === null
      ? 'Reading the page…'
      : entityCount === 0
        ? 'No known entities mentioned'
        : `${plural(entityCount, 'entity', 'entities')} mentioned`;
  return (
    <header class="popup-header">
      <div class="brand-row">
        <h1 class="brand">Lodestone</h1>
        <a class="open-library" href={libraryHref} target="_blank" rel="noopener">
          Open library
        </a>
      </div>
      <p class="page-title" title={pageTitle}>
        {pageTitle || '\u00a0'}
      </p>
      <div class="page-state">
        <p class="state-text" aria-live="polite">
          {stateText}
          {saved && ' '}
          {saved && <span class="badge">saved</span>}
        </p>
        <button
          type="button"
          class={saved ? 'btn' : 'btn btn-primary'}
          disabled={disabled}
          aria-describedby={unsavableReason ? (reasonId ?? 'save-why') : undefined}
          onClick={onSave}
        >
          {saveButtonLabel(saved, saving)}
        </button>
      </div>
      {unsavableReason && !reasonId && (
        <p id="save-why" class="muted save-why">
          {unsavableReason}
        </p>
      )}
      <p class="status" role="status" data-tone={message?.tone}>
        {message?.text ?? ''}
      </p>
    </header>
  );
}
