/**
 * The eightieth blind corpus (test/fixtures/recall-blind80): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Materion's beryllium, Bangladesh's minerals, Sudan's gold during the war, a Manitoba and Ontario hard-rock lithium fact sheet, New Zealand's minerals strategy, a titanium weekly. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND80_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('eightieth blind recall corpus (issue 11)', 'Blind-80', BLIND80_DIR, 400);
