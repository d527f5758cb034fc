/**
 * The hundred-and-thirteenth blind corpus (test/fixtures/recall-blind113): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Hecla's Lucky Friday and Greens Creek, Sierra Leone's and Liberia's iron ore, Saudi Arabia's mining push, a fact sheet on Ireland's and Spain's base metals, Egypt's and Eritrea's gold, a weekly on Tokyo-listed nonferrous metals makers and trading houses. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND113_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-thirteenth blind recall corpus (issue 11)', 'Blind-113', BLIND113_DIR, 400);
