/**
 * The hundred-and-eighteenth blind corpus (test/fixtures/recall-blind118): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Barrick's Nevada Gold Mines, Angola's diamonds, gold towns on Nevada's Carlin Trend, a fact sheet on Brazil's bauxite, alumina and aluminium in Pará, Rio Tinto's Kitimat smelter and US tariffs, a weekly on New York-listed aluminium and copper stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND118_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-eighteenth blind recall corpus (issue 11)', 'Blind-118', BLIND118_DIR, 400);
