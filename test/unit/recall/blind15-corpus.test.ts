/**
 * The fifteenth blind corpus (test/fixtures/recall-blind15): eight texts written on 3 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the rules taken from the fourteenth blind corpus. Its ids were mapped (ids.json) before it was
 * first scored; its marks are never edited.
 */
import { BLIND15_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('fifteenth blind recall corpus (issue 11)', 'Blind-15', BLIND15_DIR, 340);
