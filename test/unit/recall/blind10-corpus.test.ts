/**
 * The tenth blind corpus (test/fixtures/recall-blind10): eight texts written on 2 Dec 2026 by an
 * annotator who never read the dictionary, the spotter or the other corpora (see its README), after
 * the rules taken from the ninth blind corpus. Its ids were mapped (ids.json) before it was first
 * scored; its marks are never edited.
 */
import { BLIND10_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('tenth blind recall corpus (issue 11)', 'Blind-10', BLIND10_DIR, 330);
