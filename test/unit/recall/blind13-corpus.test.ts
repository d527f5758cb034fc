/**
 * The thirteenth blind corpus (test/fixtures/recall-blind13): eight texts written on 3 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the rules taken from the twelfth blind corpus. Its ids were mapped (ids.json) before it was
 * first scored; its marks are never edited.
 */
import { BLIND13_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('thirteenth blind recall corpus (issue 11)', 'Blind-13', BLIND13_DIR, 290);
