/**
 * The seventy-seventh blind corpus (test/fixtures/recall-blind77): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Glencore's acquisition of Li-Cycle, Iraq's phosphate and sulphur, Tajikistan's antimony, aluminium and silver, a fact sheet on mining in Thailand, Cambodia and Laos, Venezuela's Orinoco Mining Arc, a fertiliser-minerals weekly. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND77_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('seventy-seventh blind recall corpus (issue 11)', 'Blind-77', BLIND77_DIR, 400);
