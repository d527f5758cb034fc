/**
 * The user's data is theirs (issue 4 item 5): export everything they added, and merge a file back
 * without duplicates. Import is one read-write transaction, so a failure changes nothing.
 */
import Dexie from 'dexie';
import type { Entity } from '../catalog/schema';
import { normaliseCanonicalUrl } from '../store/canonical-url';
import { type LodestoneDB, sourceGraphTables } from '../store/db';
import { toStoreError } from '../store/errors';
import { savedSourceId } from '../text/hash';
import type { SourcedMention } from '../store/rows';
import { buildSourceGraph, deleteSourceChildren, expandMentions, keepArrivals, putSourceGraph, readArrivals, toSourcedFact } from '../store/source-graph';
import { eventId, eventIndex } from '../facts/events';
import { toEntity } from '../store/dictionary';
import { EXPORT_FORMAT, EXPORT_VERSION, type DictionarySection, type ExportFile } from './export-format';

export { parseImport, type ParseImportResult } from './parse-import';
export { EXPORT_FORMAT, EXPORT_VERSION, ExportFileSchema, IMPORT_LIMITS, type DictionarySection, type ExportFile } from './export-format';

/** Collects the user's saved articles (with text, facts, mentions), dictionary, entity views and `settings`. */
export async function exportUserData(db: LodestoneDB, settings: unknown, now: () => Date = () => new Date()): Promise<ExportFile> {
  const tables = [db.entities, db.entityViews, db.hiddenNames, db.dismissed, ...sourceGraphTables(db)];
  const { sources, facts, mentions, customEntities, entityViews, dictionary } = await db.transaction('r', tables, async () => {
    const rows = (await db.sources.where('origin').equals('saved').toArray()).sort(
      (a, b) => (a.savedAt ?? '').localeCompare(b.savedAt ?? '') || a.id.localeCompare(b.id),
    );
    const ids = rows.map((r) => r.id);
    const texts = await db.sourceTexts.bulkGet(ids);
    const sources = rows.map(({ textLength: _l, factCount: _c, ...meta }, i) => ({
      ...meta,
      origin: 'saved' as const,
      canonicalUrl: meta.canonicalUrl ?? meta.url ?? '',
      savedAt: meta.savedAt ?? now().toISOString(),
      text: texts[i]?.text ?? '',
    }));
    const factRows = await db.facts.where('sourceId').anyOf(ids).toArray();
    const facts = factRows.sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.start - b.start).map(toSourcedFact);
    const mentions: SourcedMention[] = [];
    for (const id of ids)
      mentions.push(...expandMentions(await db.mentions.where('[sourceId+entityId]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray()));
    const custom = await db.entities.where('origin').equals('custom').toArray();
    // Entities the user added travel as before; edits of catalog entities in the dictionary section.
    const customEntities: Entity[] = custom.filter((e) => !e.seed).map((row) => ({ ...toEntity(row), custom: true }));
    const at = now().toISOString();
    const dictionary: DictionarySection = {
      edits: custom.filter((e) => e.seed).map((row) => ({ ...toEntity(row), changedAt: row.changedAt ?? at })),
      hidden: await db.hiddenNames.toArray(),
      dismissed: await db.dismissed.toArray(),
    };
    const entityViews = (await db.entityViews.toArray()).sort((a, b) => a.entityId.localeCompare(b.entityId));
    return { sources, facts, mentions, customEntities, entityViews, dictionary };
  });
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now().toISOString(),
    sources,
    facts,
    mentions,
    customEntities,
    settings: settings ?? null,
    entityViews,
    dictionary,
  };
}

/** The export as the text of a `.json` file. */
export function serialiseExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** What an import did. */
export interface ImportResult {
  /** Articles that were not in the store. */
  added: number;
  /** Articles already saved whose copy in the file was saved more recently (replaced). */
  updated: number;
  /** Articles already saved at least as recently as the file's copy (kept). */
  skipped: number;
  entitiesAdded: number;
  /** Custom entities whose id is already taken (by a seed or an existing custom entity). */
  entitiesSkipped: number;
  /** Version 3: catalog edits applied (the file's was newer), hides and dismissals added. */
  dictionaryChanged: number;
  /** The saved articles written (added or replaced), so their suggested names can be found. */
  sourceIds: string[];
  /** The entities added or edited, so saved articles that name them can be re-read. */
  entityIds: string[];
}

// Map.groupBy is not in Node 20 (the unit tests' runtime).
function groupBySource<T extends { sourceId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.sourceId);
    if (list) list.push(r);
    else out.set(r.sourceId, [r]);
  }
  return out;
}

const time = (iso: string | undefined): number => (iso ? Date.parse(iso) : Number.NaN);

/**
 * Merges a parsed export (`parseImport`) into the store: an article already saved (same canonical
 * URL, else same id) is replaced only if the file's copy was saved later; everything else is added.
 * Seeds and settings are not touched (the caller applies `data.settings`). Throws `StoreError`.
 */
export async function importUserData(db: LodestoneDB, data: ExportFile, now: () => Date = () => new Date()): Promise<ImportResult> {
  const result: ImportResult = { added: 0, updated: 0, skipped: 0, entitiesAdded: 0, entitiesSkipped: 0, dictionaryChanged: 0, sourceIds: [], entityIds: [] };
  const factsBySource = groupBySource(data.facts);
  const mentionsBySource = groupBySource(data.mentions);
  // Imported facts arrive now ("new since", issue 12); a copy replacing an older one keeps the times of facts it had.
  const at = now().toISOString();
  try {
    await db.transaction('rw', [db.entities, db.entityViews, db.hiddenNames, db.dismissed, ...sourceGraphTables(db)], async () => {
      for (const s of data.sources) {
        const url = normaliseCanonicalUrl(s.canonicalUrl) ?? s.canonicalUrl;
        const byUrl = await db.sources.where('canonicalUrl').equals(url).first();
        let id = byUrl?.id ?? s.id;
        if (!byUrl && (await db.sources.get(id))) {
          // The file's id belongs to a different article here: never overwrite it, take the URL's own id.
          id = savedSourceId(url);
          if (await db.sources.get(id)) {
            result.skipped++;
            continue;
          }
        }
        if (byUrl && !(time(s.savedAt) > time(byUrl.savedAt) || Number.isNaN(time(byUrl.savedAt)))) {
          result.skipped++;
          continue;
        }
        const arrivals = keepArrivals(byUrl ? await readArrivals(db, [id]) : new Map(), at);
        if (byUrl) await deleteSourceChildren(db, [id]);
        const facts = (factsBySource.get(s.id) ?? []).map((f) => ({ ...f, id: eventId(id, f.start, eventIndex(f)), sourceId: id }));
        await putSourceGraph(db, buildSourceGraph({ ...s, id, canonicalUrl: url }, facts, mentionsBySource.get(s.id) ?? [], arrivals));
        if (byUrl) result.updated++;
        else result.added++;
        result.sourceIds.push(id);
      }
      for (const e of data.customEntities) {
        if (await db.entities.get(e.id)) {
          result.entitiesSkipped++;
          continue;
        }
        await db.entities.put({ ...e, custom: true, origin: 'custom' });
        result.entitiesAdded++;
        result.entityIds.push(e.id);
      }
      if (data.dictionary) await importDictionary(db, data.dictionary, result);
      // When the user last looked at an entity: the later of this store's and the file's.
      for (const v of data.entityViews ?? []) {
        const mine = await db.entityViews.get(v.entityId);
        if (!mine || mine.seenAt < v.seenAt) await db.entityViews.put(v);
      }
    });
  } catch (err) {
    throw toStoreError(err);
  }
  return result;
}

/**
 * Merges a v3 dictionary section (inside the import's transaction): an edit replaces the store's
 * version of that entity only when it is newer (an entity the user added here is never replaced),
 * and keeps the catalog's version to undo to; hides and dismissals are added.
 */
async function importDictionary(db: LodestoneDB, d: DictionarySection, result: ImportResult): Promise<void> {
  for (const { changedAt, ...edit } of d.edits) {
    const mine = await db.entities.get(edit.id);
    if (mine?.origin === 'custom' && (!mine.seed || (mine.changedAt ?? '') >= changedAt)) continue;
    const seed = mine?.origin === 'seed' ? toEntity(mine) : mine?.seed;
    await db.entities.put({ ...edit, origin: 'custom', ...(seed ? { seed } : { custom: true }), changedAt });
    result.dictionaryChanged++;
    result.entityIds.push(edit.id);
  }
  for (const h of d.hidden) {
    if (await db.hiddenNames.get([h.entityId, h.text, h.site])) continue;
    await db.hiddenNames.put(h);
    result.dictionaryChanged++;
  }
  for (const x of d.dismissed) {
    if (await db.dismissed.get(x.key)) continue;
    await db.dismissed.put(x);
    result.dictionaryChanged++;
  }
}
