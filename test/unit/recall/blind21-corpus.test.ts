/**
 * The twenty-first blind corpus (test/fixtures/recall-blind21): eight texts written on 3 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the rules and lexicon taken from the twentieth blind corpus and 247 entities of lexicon
 * written without sight of any corpus. Its ids were mapped (ids.json) before it was first scored;
 * its marks are never edited.
 */
import { BLIND21_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('twenty-first blind recall corpus (issue 11)', 'Blind-21', BLIND21_DIR, 300);
