/**
 * The twenty-fifth blind corpus (test/fixtures/recall-blind25): eight texts written on 3 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the rules and lexicon taken from the twenty-fourth blind corpus. Its ids were mapped
 * (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND25_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('twenty-fifth blind recall corpus (issue 11)', 'Blind-25', BLIND25_DIR, 350);
