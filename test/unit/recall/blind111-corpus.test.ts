/**
 * The hundred-and-eleventh blind corpus (test/fixtures/recall-blind111): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Agnico Eagle's Detour Lake and Canadian Malartic, Papua New Guinea's mines, Ecuador's copper and gold, a fact sheet on British Columbia's copper and gold mines, Panama after Cobre Panamá's closure, a weekly on Mumbai-listed metals and mining stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND111_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-eleventh blind recall corpus (issue 11)', 'Blind-111', BLIND111_DIR, 400);
