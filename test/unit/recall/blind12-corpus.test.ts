/**
 * The twelfth blind corpus (test/fixtures/recall-blind12): eight texts written on 2 Dec 2026 by an
 * annotator who never read the dictionary, the spotter or the other corpora (see its README), after
 * the rules taken from the eleventh blind corpus. Its ids were mapped (ids.json) before it was first
 * scored; its marks are never edited.
 */
import { BLIND12_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('twelfth blind recall corpus (issue 11)', 'Blind-12', BLIND12_DIR, 320);
