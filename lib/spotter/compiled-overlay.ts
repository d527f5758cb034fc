/**
 * The reader's own entities compiled once, where the dictionary changes (the background, issue 14),
 * instead of on every page: the content script unpacks the text (`packCompiled`, the seed's own
 * format) and layers it on the compiled seed (`layers.ts`), with the hides for the page's site
 * applied as a mask at run time. Compiling 1,000 entities costs tens of milliseconds on a loaded
 * machine; unpacking them, well under one.
 *
 * The text's version field is a stamp: the packed format and the seed dictionary's version (the
 * bundle's, which every build that changes the dictionary changes). A content script of another
 * build (an update the background has not republished for yet) refuses a text with another stamp
 * and compiles the entities on the spot, so a stale or damaged text costs time, never matches.
 */
import type { MatchEntity } from '../catalog/match-dictionary';
import { compileDictionary, PACKED_FORMAT, packCompiled, unpackCompiled, type CompiledDictionary } from './compiled-dictionary';
import { SEP } from './packed-text';

/** The stamp a compiled overlay carries for a seed dictionary of version `seedVersion`. */
export function overlayStamp(seedVersion: string): string {
  // The version sits in the packed header between `|`s: keep it free of one.
  return `overlay-${seedVersion.replaceAll(SEP, '-')}`;
}

/** The reader's entities compiled and packed, stamped for the seed of version `seedVersion`. */
export function packOverlay(entities: readonly MatchEntity[], seedVersion: string): string {
  // No hides here: they differ by site and are masked when a page layers the overlay. Sorted by
  // id (of one id, the last kept: a later entity replaces an earlier one), so a page finds a row
  // by searching the ids, with no map of them (`RowIndex`, layers.ts).
  const last = new Map<string, MatchEntity>();
  for (const e of entities) last.set(e.id, e);
  const sorted = [...last.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return packCompiled(compileDictionary(sorted, { version: overlayStamp(seedVersion) }));
}

/** True when `text` is a compiled overlay stamped for the seed of `seedVersion` (its header alone is read). */
export function isPackedFor(text: string, seedVersion: string): boolean {
  return text.startsWith(`${PACKED_FORMAT}${SEP}${overlayStamp(seedVersion)}${SEP}`);
}

/**
 * The compiled overlay in `text` when it was packed for the seed of `seedVersion` and unpacks
 * cleanly; undefined otherwise (absent, another build's, damaged), and the caller compiles the
 * entities itself.
 */
export function unpackOverlay(text: unknown, seedVersion: string): CompiledDictionary | undefined {
  if (typeof text !== 'string' || !isPackedFor(text, seedVersion)) return undefined;
  try {
    // Checked (not `trusted`): storage is not ours alone to vouch for.
    return unpackCompiled(text);
  } catch {
    return undefined;
  }
}
