/**
 * The thirtieth blind corpus (test/fixtures/recall-blind30): eight texts written on 3 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the lexicon gained 2,332 places, materials and policies. Its ids were mapped (ids.json)
 * before it was first scored; its marks are never edited.
 */
import { BLIND30_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('thirtieth blind recall corpus (issue 11)', 'Blind-30', BLIND30_DIR, 400);
