/**
 * The seventeenth blind corpus (test/fixtures/recall-blind17): eight texts written on 3 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the rules taken from the sixteenth blind corpus. Its ids were mapped (ids.json) before it
 * was first scored; its marks are never edited.
 */
import { BLIND17_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('seventeenth blind recall corpus (issue 11)', 'Blind-17', BLIND17_DIR, 330);
