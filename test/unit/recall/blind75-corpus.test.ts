/**
 * The seventy-fifth blind corpus (test/fixtures/recall-blind75): eight texts written on 5 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Ioneer's Rhyolite Ridge lithium-boron project, Argentina's copper under the RIGI, the Salton Sea's
 * lithium, a Turkish boron and rare-earth fact sheet, Japan's materials makers, a manganese weekly. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND75_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('seventy-fifth blind recall corpus (issue 11)', 'Blind-75', BLIND75_DIR, 400);
