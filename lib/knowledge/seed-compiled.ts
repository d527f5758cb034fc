/**
 * The seed dictionary compiled for the spotter (`compiled-dictionary.txt`, packed by `npm run
 * kb:build` from the same composed dictionary as the bundle): what the content script walks, with
 * nothing to build at start-up. It arrives as string literals in the content script, a line
 * each (a `?lines` import, wxt.config.ts: no JSON to parse while the script loads) and is unpacked on the first call, not at
 * import, so a page with no text pays nothing. `test/unit/knowledge/compiled-dictionary.test.ts`
 * fails when the committed file is stale.
 */
import { unpackCompiled, type CompiledDictionary } from '../spotter/compiled-dictionary';
import packedLines from './compiled-dictionary.txt?lines';

/**
 * The packed text's lines until they are unpacked. Only this line reads the import, so no function
 * keeps the bundle's literals: once unpacked, the lines decoded into arrays (1.7 MB) can go, and
 * each line the dictionary keeps is a string of its own, not a slice of the whole text (issue 14).
 */
let lines: readonly string[] | undefined = packedLines;
let unpacked: CompiledDictionary | undefined;

/** The seed dictionary, compiled: unpacked at the first call, then the same object each time. */
export function loadSeedDictionary(): CompiledDictionary {
  if (!unpacked) {
    unpacked = unpackCompiled(lines ?? [], { trusted: true });
    lines = undefined;
  }
  return unpacked;
}
