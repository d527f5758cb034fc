/** `#/settings`: in-page settings, export/import, storage used. */
import { useEffect, useState } from 'preact/hooks';
import { DataPanel } from '../../components/DataPanel';
import { SettingsPanel } from '../../components/SettingsPanel';
import type { MessageClient } from '../../lib/messages/client';
import type { Settings } from '../../lib/settings/schema';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/storage';
import type { LodestoneDB } from '../../lib/store/db';
import { getStorageUsage } from '../../lib/store/persistence';
import { getStoreCounts } from '../../lib/store/query-sources';
import { useLiveQuery } from '../../lib/ui/use-live-query';

/** The settings view. */
export function SettingsPage({ db, send }: { db: LodestoneDB; send: MessageClient['send'] }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [usage, setUsage] = useState<{ usage: number; quota: number } | null | undefined>(undefined);
  const counts = useLiveQuery(() => getStoreCounts(db), [db]);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && setSettings(s));
    const unwatch = watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  // Usage changes with imports and deletes: re-measure whenever the counts move.
  useEffect(() => {
    void getStorageUsage().then(setUsage);
  }, [counts.value]);

  return (
    <>
      <h1>Settings</h1>
      <section aria-labelledby="settings-page">
        <h2 id="settings-page" class="visually-hidden">
          On web pages
        </h2>
        {settings ? (
          <SettingsPanel
            settings={settings}
            onChange={(next) => {
              setSettings(next);
              void updateSettings(() => next);
            }}
          />
        ) : (
          <div class="skeleton" style={{ minHeight: '20rem' }} aria-busy="true" />
        )}
      </section>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading" class="section-heading">
          Your data
        </h2>
        <DataPanel
          onExport={() => send('data/export', {})}
          onImport={(json) => send('data/import', { json })}
          usage={usage}
          {...(counts.value ? { counts: counts.value } : {})}
        />
      </section>
    </>
  );
}
