/**
 * The hundred-and-fourteenth blind corpus (test/fixtures/recall-blind114): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Coeur Mining's Rochester and Kensington, Ontario's gold camps, Alaska's gold, a fact sheet on Nunavik's nickel, Barrick's Pueblo Viejo and the Dominican Republic's mining law, a weekly on New York-listed gold and silver miners. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND114_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-fourteenth blind recall corpus (issue 11)', 'Blind-114', BLIND114_DIR, 400);
