/**
 * The twenty-second blind corpus (test/fixtures/recall-blind22): eight texts written on 3 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the rules and lexicon taken from the twenty-first blind corpus and 486 entities of lexicon
 * written without sight of any corpus. Its ids were mapped (ids.json) before it was first scored;
 * its marks are never edited. Rules and lexicon were added on its misses after its first score
 * (see ids.json and the commit that scored it).
 */
import { BLIND22_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('twenty-second blind recall corpus (issue 11)', 'Blind-22', BLIND22_DIR, 270);
