/**
 * The fifth blind corpus (test/fixtures/recall-blind5): eight texts written on 2 Dec 2026 by an
 * annotator who never read the dictionary, the spotter or the other corpora (see its README), after
 * the rules taken from the fourth blind corpus. Its ids were mapped (ids.json) before it was first
 * scored; its marks are never edited.
 */
import { BLIND5_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('fifth blind recall corpus (issue 11)', 'Blind-5', BLIND5_DIR, 300);
