/**
 * The forty-seventh blind corpus (test/fixtures/recall-blind47): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Lindian's Kangankunde in Malawi, Morocco's critical minerals, Peru's copper, a Quebec
 * critical-minerals fact sheet, the G7 and buyers' clubs, a uranium and vanadium weekly). Its ids
 * were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND47_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('forty-seventh blind recall corpus (issue 11)', 'Blind-47', BLIND47_DIR, 400);
