/**
 * The ninety-second blind corpus (test/fixtures/recall-blind92): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Bangladesh's beach-sand minerals at Cox's Bazar, Pacific seabed minerals from Tonga, Albania's chromite and the Balkan ferrochrome trade, a fact sheet on the Baltic states in Europe's magnet chain, the Horn of Africa's mineral claims, a weekly on TSX Venture and CSE rare-earth and niobium explorers. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND92_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('ninety-second blind recall corpus (issue 11)', 'Blind-92', BLIND92_DIR, 400);
