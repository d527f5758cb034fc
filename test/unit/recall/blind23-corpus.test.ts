/**
 * The twenty-third blind corpus (test/fixtures/recall-blind23): eight texts written on 3 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the rules and lexicon taken from the twenty-second blind corpus. Its ids were mapped
 * (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND23_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('twenty-third blind recall corpus (issue 11)', 'Blind-23', BLIND23_DIR, 430);
