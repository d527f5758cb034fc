/**
 * The hundred-and-thirty-seventh blind corpus (test/fixtures/recall-blind137): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Mandalay's Costerfield antimony-gold mine, Malawi's Kayelekera uranium restart, Nyrstar's smelters after Trafigura's rescue, a fact sheet on Saskatchewan's critical minerals, fluorspar, a weekly on Johannesburg-listed manganese and platinum-group-metal miners. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND137_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-thirty-seventh blind recall corpus (issue 11)', 'Blind-137', BLIND137_DIR, 400);
