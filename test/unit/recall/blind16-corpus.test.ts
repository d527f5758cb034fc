/**
 * The sixteenth blind corpus (test/fixtures/recall-blind16): eight texts written on 3 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the rules taken from the fifteenth blind corpus. Its ids were mapped (ids.json) before it was
 * first scored; its marks are never edited.
 */
import { BLIND16_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('sixteenth blind recall corpus (issue 11)', 'Blind-16', BLIND16_DIR, 280);
