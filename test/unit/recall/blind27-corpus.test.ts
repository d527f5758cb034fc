/**
 * The twenty-seventh blind corpus (test/fixtures/recall-blind27): eight texts written on 3 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the blind-26 lexicon of that session. Its ids were mapped (ids.json) before it was first
 * scored; its marks are never edited.
 */
import { BLIND27_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('twenty-seventh blind recall corpus (issue 11)', 'Blind-27', BLIND27_DIR, 350);
