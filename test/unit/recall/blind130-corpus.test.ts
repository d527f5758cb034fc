/**
 * The hundred-and-thirtieth blind corpus (test/fixtures/recall-blind130): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Sitka Gold's RC Gold Project and Brewery Creek in the Yukon, First Quantum's Cobre las Cruces in Andalusia, the Ozernoye zinc-lead project in Buryatia, a fact sheet on the Pacific Northwest's metal mines, copper in the American Southwest, a weekly on TSX Venture Exchange-listed junior miners. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND130_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-thirtieth blind recall corpus (issue 11)', 'Blind-130', BLIND130_DIR, 400);
