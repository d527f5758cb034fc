/**
 * The eighth blind corpus (test/fixtures/recall-blind8): eight texts written on 2 Dec 2026 by an
 * annotator who never read the dictionary, the spotter or the other corpora (see its README), after
 * the rules taken from the seventh blind corpus. Its ids were mapped (ids.json) before it was first
 * scored; its marks are never edited.
 */
import { BLIND8_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('eighth blind recall corpus (issue 11)', 'Blind-8', BLIND8_DIR, 370);
