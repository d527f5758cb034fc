/**
 * The twenty-fourth blind corpus (test/fixtures/recall-blind24): eight texts written on 3 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the rules taken from the twenty-third blind corpus. It was first scored after 866 entities
 * of lexicon, written by helpers who never saw it, were merged. Its ids were mapped (ids.json)
 * before it was first scored; its marks are never edited.
 */
import { BLIND24_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('twenty-fourth blind recall corpus (issue 11)', 'Blind-24', BLIND24_DIR, 390);
