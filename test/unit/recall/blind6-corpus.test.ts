/**
 * The sixth blind corpus (test/fixtures/recall-blind6): eight texts written on 2 Dec 2026 by an
 * annotator who never read the dictionary, the spotter or the other corpora (see its README), after
 * the rules taken from the fifth blind corpus. Its ids were mapped (ids.json) before it was first
 * scored; its marks are never edited.
 */
import { BLIND6_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('sixth blind recall corpus (issue 11)', 'Blind-6', BLIND6_DIR, 300);
