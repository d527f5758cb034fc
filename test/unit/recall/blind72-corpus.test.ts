/**
 * The seventy-second blind corpus (test/fixtures/recall-blind72): eight texts written on 5 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * beside blind-71 (Graphite One in Alaska and Ohio, the Philippines' nickel ore, Poland's KGHM, a
 * Taiwanese semiconductor-materials fact sheet, Pakistan's minerals diplomacy, a copper weekly). Its
 * ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND72_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('seventy-second blind recall corpus (issue 11)', 'Blind-72', BLIND72_DIR, 400);
