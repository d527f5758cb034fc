/**
 * The hundred-and-twenty-eighth blind corpus (test/fixtures/recall-blind128): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Sandfire America's Black Butte in Montana, Agnico Eagle's Nunavut gold mines, Asarco in Arizona, a fact sheet on mining in Limpopo, Nunavut's Kitikmeot base metals, a weekly on Tokyo-listed non-ferrous metals stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND128_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-twenty-eighth blind recall corpus (issue 11)', 'Blind-128', BLIND128_DIR, 400);
