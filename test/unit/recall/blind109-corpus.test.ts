/**
 * The hundred-and-ninth blind corpus (test/fixtures/recall-blind109): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Amman Mineral's Batu Hijau and Sumbawa smelter, Peru's southern copper belt, Russia's steelmakers and coal, a fact sheet on Mexico's silver and gold mines, Indonesia's gold and copper beyond Grasberg, a weekly on Lima- and Mexico-listed mining stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND109_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-ninth blind recall corpus (issue 11)', 'Blind-109', BLIND109_DIR, 400);
