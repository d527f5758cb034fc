/**
 * The seventh blind corpus (test/fixtures/recall-blind7): eight texts written on 2 Dec 2026 by an
 * annotator who never read the dictionary, the spotter or the other corpora (see its README), while
 * the rules after the sixth blind corpus were being written. Its ids were mapped (ids.json) before
 * it was first scored; its marks are never edited.
 */
import { BLIND7_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('seventh blind recall corpus (issue 11)', 'Blind-7', BLIND7_DIR, 330);
