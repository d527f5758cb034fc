/**
 * The eighty-fourth blind corpus (test/fixtures/recall-blind84): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Ferroglobe's silicon metal, Nepal's minerals, Togo's phosphate, an Arizona copper mines fact sheet, the Central African Republic's gold and the Wagner network, a silicon metal, ferrosilicon and polysilicon weekly. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND84_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('eighty-fourth blind recall corpus (issue 11)', 'Blind-84', BLIND84_DIR, 400);
