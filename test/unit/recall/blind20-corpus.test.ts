/**
 * The twentieth blind corpus (test/fixtures/recall-blind20): eight texts written on 3 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the rules and lexicon taken from the nineteenth blind corpus. Its ids were mapped (ids.json)
 * before it was first scored; its marks are never edited.
 */
import { BLIND20_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('twentieth blind recall corpus (issue 11)', 'Blind-20', BLIND20_DIR, 315);
