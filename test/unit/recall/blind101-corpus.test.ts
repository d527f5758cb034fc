/**
 * The hundred-and-first blind corpus (test/fixtures/recall-blind101): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Kenmare Resources' Moma mine in Mozambique, New Caledonia's nickel crisis, Bhutan's ferroalloys and hydropower, a fact sheet on fluorspar, Syria's phosphate after the fall of the Assad government, a weekly on Hong Kong-listed Chinese gold and copper miners. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND101_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-first blind recall corpus (issue 11)', 'Blind-101', BLIND101_DIR, 400);
