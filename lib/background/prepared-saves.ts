/**
 * Articles read ahead of a click on Save (issue 14): when the popup opens on a readable page that
 * is not saved yet, the background asks the tab for its article and runs the pipeline then, so the
 * click only has to store it. Readability and the pipeline take most of a save (hundreds of
 * milliseconds each on a loaded machine, more on the first save of a worker's life); the popup is
 * on screen for longer than that before a reader clicks.
 *
 * One reading per tab, the last few tabs only, used up by the save that takes it. `saveTab` uses a
 * reading only for the same article read with the same dictionary (`save-tab.ts`), so a page that
 * changed, or a dictionary that did, is read again on the click.
 */
import type { LodestoneDB } from '../store';
import type { ArticleReading, ReadingsAhead } from './save-tab';

/** How many tabs' readings are kept (popups opened on several tabs in a row). */
const KEPT = 3;

/** The readings made ahead, by tab. */
export interface PreparedSaves extends ReadingsAhead {
  /** Starts reading the article of `tabId` (not awaited); a reading already running is kept. */
  prepare(db: LodestoneDB, tabId: number): void;
  /** Drops the tab's reading (the tab closed). */
  forget(tabId: number): void;
}

/** Creates the store of readings; `read` is `prepareTab` bound to its dependencies. */
export function createPreparedSaves(read: (db: LodestoneDB, tabId: number) => Promise<ArticleReading | undefined>): PreparedSaves {
  const readings = new Map<number, { running: boolean; reading: Promise<ArticleReading | undefined> }>();
  return {
    prepare(db, tabId) {
      // The popup asks for the tab's state more than once while it opens: one reading at a time.
      if (readings.get(tabId)?.running) return;
      readings.delete(tabId);
      const entry = { running: true, reading: read(db, tabId).catch(() => undefined) };
      void entry.reading.finally(() => (entry.running = false));
      readings.set(tabId, entry);
      while (readings.size > KEPT) readings.delete(readings.keys().next().value!);
    },
    take(tabId) {
      const entry = readings.get(tabId);
      readings.delete(tabId);
      return entry?.reading;
    },
    forget(tabId) {
      readings.delete(tabId);
    },
  };
}
