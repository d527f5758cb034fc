/**
 * The fourteenth blind corpus (test/fixtures/recall-blind14): eight texts written on 3 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the rules taken from the thirteenth blind corpus. Its ids were mapped (ids.json) before it was
 * first scored; its marks are never edited.
 */
import { BLIND14_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('fourteenth blind recall corpus (issue 11)', 'Blind-14', BLIND14_DIR, 290);
