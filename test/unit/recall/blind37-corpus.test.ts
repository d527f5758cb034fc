/**
 * The thirty-seventh blind corpus (test/fixtures/recall-blind37): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (American Rare Earths' Halleck Creek, Kazakhstan's rare earths, Chile's lithium, a Canadian
 * critical-minerals fact sheet, Indonesia's nickel downstreaming, a PGM and silver weekly).
 * Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND37_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('thirty-seventh blind recall corpus (issue 11)', 'Blind-37', BLIND37_DIR, 400);
