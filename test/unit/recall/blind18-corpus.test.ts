/**
 * The eighteenth blind corpus (test/fixtures/recall-blind18): eight texts written on 3 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the rules taken from the seventeenth blind corpus. Its ids were mapped (ids.json) before it
 * was first scored; its marks are never edited.
 */
import { BLIND18_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('eighteenth blind recall corpus (issue 11)', 'Blind-18', BLIND18_DIR, 310);
