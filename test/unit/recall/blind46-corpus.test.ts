/**
 * The forty-sixth blind corpus (test/fixtures/recall-blind46): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (USA Rare Earth's Stillwater plant and Round Top, Russia's rare earths, the Philippines' nickel, a
 * Chinese-style notice on rare-earth controls, the US government as investor and price-setter, an
 * aluminium, alumina and bauxite weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND46_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('forty-sixth blind recall corpus (issue 11)', 'Blind-46', BLIND46_DIR, 400);
