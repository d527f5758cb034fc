/**
 * The eleventh blind corpus (test/fixtures/recall-blind11): eight texts written on 2 Dec 2026 by an
 * annotator who never read the dictionary, the spotter or the other corpora (see its README), after
 * the rules taken from the tenth blind corpus. Its ids were mapped (ids.json) before it was first
 * scored; its marks are never edited.
 */
import { BLIND11_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('eleventh blind recall corpus (issue 11)', 'Blind-11', BLIND11_DIR, 330);
