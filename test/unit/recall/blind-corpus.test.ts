/**
 * The blind corpus (test/fixtures/recall-blind): ten texts written on 2 Dec 2026 by an annotator
 * who never read the dictionary, the spotter or the other corpora (see its README). Its ids were
 * mapped to the dictionary's (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('blind recall corpus (issue 11)', 'Blind', BLIND_DIR, 400);
