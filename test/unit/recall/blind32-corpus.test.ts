/**
 * The thirty-second blind corpus (test/fixtures/recall-blind32): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after blind-31's rules and 669 entities of lexicon (Covalent's Mt Holland and Kwinana, New
 * Caledonia's nickel, Rubaya's coltan, Mongolia's mining, Resolution Copper, a zinc and lead weekly).
 * Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND32_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('thirty-second blind recall corpus (issue 11)', 'Blind-32', BLIND32_DIR, 400);
