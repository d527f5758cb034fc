/**
 * The twenty-ninth blind corpus (test/fixtures/recall-blind29): eight texts written on 3 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the rules taken from the twenty-eighth. Its ids were mapped (ids.json) before it was first
 * scored; its marks are never edited.
 */
import { BLIND29_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('twenty-ninth blind recall corpus (issue 11)', 'Blind-29', BLIND29_DIR, 360);
