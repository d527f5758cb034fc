/**
 * The seed dictionary compiled for the spotter (`compiled-dictionary.txt`, packed by `npm run
 * kb:build` from the same composed dictionary as the bundle): what the content script walks, with
 * nothing to build at start-up. It arrives as one string literal in the content script (a
 * `?raw` import: no JSON to parse while the script loads) and is unpacked on the first call, not at
 * import, so a page with no text pays nothing. `test/unit/knowledge/compiled-dictionary.test.ts`
 * fails when the committed file is stale.
 */
import { unpackCompiled, type CompiledDictionary } from '../spotter/compiled-dictionary';
import packed from './compiled-dictionary.txt?raw';

/** The seed dictionary, compiled (checked and unpacked on each call: call it once). */
export function loadSeedDictionary(): CompiledDictionary {
  return unpackCompiled(packed, { trusted: true });
}
