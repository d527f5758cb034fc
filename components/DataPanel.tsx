import { useState } from 'preact/hooks';
import type { Result } from '../lib/result';
import { asSentence, formatBytes, plural } from '../lib/ui/format';
import './forms.css';

/** What an import reports. */
export interface ImportCounts {
  added: number;
  updated: number;
  skipped?: number;
  /** Entities of the user's the file added, and dictionary rows it changed (issue 13). */
  entitiesAdded?: number;
  dictionaryChanged?: number;
}

/** Props of the export/import/storage panel. */
export interface DataPanelProps {
  onExport: () => Promise<Result<{ json: string }>>;
  onImport: (json: string) => Promise<Result<ImportCounts>>;
  /** Bytes used/available; null when the browser will not say; undefined while loading. */
  usage: { usage: number; quota: number } | null | undefined;
  counts?: { savedSources: number; facts: number; entities: number };
  /** Injected in tests; the page uses `URL.createObjectURL` and an `<a download>` click. */
  download?: (fileName: string, json: string) => void;
  today?: () => Date;
}

/** The largest file the import accepts (matches the protocol's limit). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** Downloads `json` as a file through a Blob URL (no network, no data: URL length limits). */
export function downloadJson(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Message = { tone: 'ok' | 'error'; text: string } | null;

/** Export everything the user added, import a file back, and see the storage used. */
export function DataPanel({ onExport, onImport, usage, counts, download = downloadJson, today = () => new Date() }: DataPanelProps) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const doExport = async () => {
    setBusy(true);
    const r = await onExport();
    setBusy(false);
    if (!r.ok) return setMessage({ tone: 'error', text: `Export failed: ${asSentence(r.error.message)}` });
    const name = `lodestone-export-${today().toISOString().slice(0, 10)}.json`;
    download(name, r.value.json);
    setMessage({ tone: 'ok', text: `Exported ${formatBytes(r.value.json.length)} to ${name}.` });
  };

  const doImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      input.value = '';
      return setMessage({ tone: 'error', text: `Import failed: the file is larger than ${formatBytes(MAX_IMPORT_BYTES)}. Nothing was changed.` });
    }
    setBusy(true);
    const r = await onImport(await file.text());
    setBusy(false);
    input.value = '';
    if (!r.ok) return setMessage({ tone: 'error', text: `Import failed: ${asSentence(r.error.message)} Nothing was changed.` });
    const { added, updated, skipped = 0, entitiesAdded = 0, dictionaryChanged = 0 } = r.value;
    const dictionary = [
      entitiesAdded ? plural(entitiesAdded, 'entity', 'entities') : '',
      dictionaryChanged ? plural(dictionaryChanged, 'dictionary change') : '',
    ]
      .filter(Boolean)
      .join(' and ');
    setMessage({
      tone: 'ok',
      text: `Imported: ${added} added, ${updated} updated${skipped ? `, ${skipped} skipped` : ''}${dictionary ? `; ${dictionary} in your dictionary` : ''}.`,
    });
  };

  return (
    <div class="data-panel">
      <fieldset class="field-group">
        <legend>Export and import</legend>
        <p class="muted">
          The export holds everything you added: saved articles, their facts, your dictionary (entities, edits, hidden names, dismissed suggestions) and
          settings.
        </p>
        <div class="inline-form">
          <button type="button" class="btn" disabled={busy} onClick={doExport}>
            Export my data
          </button>
          <label>
            Import a Lodestone export file
            <input class="input" type="file" accept=".json,application/json" disabled={busy} onChange={(e) => doImport(e.currentTarget)} />
          </label>
        </div>
        <p class="status" role="status" data-tone={message?.tone}>
          {message?.text ?? ''}
        </p>
      </fieldset>
      <fieldset class="field-group">
        <legend>Storage</legend>
        <p>
          {usage === undefined
            ? 'Measuring…'
            : usage === null
              ? 'This browser does not report storage use.'
              : `${formatBytes(usage.usage)} used of ${formatBytes(usage.quota)} available.`}
        </p>
        {counts && (
          <p class="muted">
            {plural(counts.savedSources, 'saved article')} · {plural(counts.facts, 'fact')} · {plural(counts.entities, 'entity', 'entities')}
          </p>
        )}
      </fieldset>
    </div>
  );
}
