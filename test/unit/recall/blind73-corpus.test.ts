/**
 * The seventy-third blind corpus (test/fixtures/recall-blind73): eight texts written on 5 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Jervois's Idaho Cobalt Operations, Peru's copper corridor, Cuba's nickel and cobalt, a Korean
 * cathode-materials fact sheet, Madagascar's minerals, a zinc and lead weekly. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND73_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('seventy-third blind recall corpus (issue 11)', 'Blind-73', BLIND73_DIR, 400);
