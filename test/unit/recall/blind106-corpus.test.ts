/**
 * The hundred-and-sixth blind corpus (test/fixtures/recall-blind106): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * BHP's Olympic Dam expansion in South Australia, Afghanistan's minerals under the Taliban, South Africa's platinum belt, a fact sheet on Russia's metal producers under sanctions, Burkina Faso's gold nationalisations, a weekly on Nordic-listed metals stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND106_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-sixth blind recall corpus (issue 11)', 'Blind-106', BLIND106_DIR, 400);
