/**
 * The ninth blind corpus (test/fixtures/recall-blind9): eight texts written on 2 Dec 2026 by an
 * annotator who never read the dictionary, the spotter or the other corpora (see its README), after
 * the rules taken from the eighth blind corpus. Its ids were mapped (ids.json) before it was first
 * scored; its marks are never edited.
 */
import { BLIND9_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('ninth blind recall corpus (issue 11)', 'Blind-9', BLIND9_DIR, 380);
