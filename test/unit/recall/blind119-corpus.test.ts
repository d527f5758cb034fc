/**
 * The hundred-and-nineteenth blind corpus (test/fixtures/recall-blind119): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Imperial Metals' Mount Polley mine, Gemfields' emerald and ruby auctions, iron ore in Sierra Leone and Liberia, a fact sheet on Botswana's diamonds, Ecuador's new copper and gold mines, a weekly on Hong Kong-listed mining and metals stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND119_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-nineteenth blind recall corpus (issue 11)', 'Blind-119', BLIND119_DIR, 400);
