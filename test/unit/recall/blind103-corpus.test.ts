/**
 * The hundred-and-third blind corpus (test/fixtures/recall-blind103): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Hindustan Copper's expansion, India's critical-mineral auctions and state miners, Spain's mining revival, a fact sheet on Madagascar's minerals, South Africa's bulk miners and their railways and ports, a weekly on Istanbul-listed metals and mining stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND103_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-third blind recall corpus (issue 11)', 'Blind-103', BLIND103_DIR, 400);
