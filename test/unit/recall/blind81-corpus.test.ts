/**
 * The eighty-first blind corpus (test/fixtures/recall-blind81): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Centrus Energy's HALEU, El Salvador's and Nicaragua's gold, Algeria's and Tunisia's iron ore and phosphate, a Spruce Pine high-purity quartz fact sheet, Eritrea's mining, a boron, iodine and bromine weekly. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND81_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('eighty-first blind recall corpus (issue 11)', 'Blind-81', BLIND81_DIR, 400);
