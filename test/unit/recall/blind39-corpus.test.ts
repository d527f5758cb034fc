/**
 * The thirty-ninth blind corpus (test/fixtures/recall-blind39): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Aclara's heavy rare earths, South Korea's critical minerals, Argentina's lithium, a UK
 * critical-minerals fact sheet, graphite, a copper weekly). Its ids were mapped (ids.json) before it
 * was first scored; its marks are never edited.
 */
import { BLIND39_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('thirty-ninth blind recall corpus (issue 11)', 'Blind-39', BLIND39_DIR, 400);
