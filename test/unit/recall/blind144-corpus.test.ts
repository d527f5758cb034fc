/**
 * The hundred-and-forty-fourth blind corpus (test/fixtures/recall-blind144): eight texts written on 8 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * FPX Nickel's Baptiste, Tanzania's Kabanga, the Philippines' nickel ore miners, a fact sheet on Zambia's and Botswana's nickel, New Caledonia and the Solomon Islands, a weekly on Jakarta-listed nickel and battery-materials stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND144_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-forty-fourth blind recall corpus (issue 11)', 'Blind-144', BLIND144_DIR, 400);
