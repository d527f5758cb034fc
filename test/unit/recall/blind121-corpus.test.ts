/**
 * The hundred-and-twenty-first blind corpus (test/fixtures/recall-blind121): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Burgundy Diamond Mines' Ekati in the Northwest Territories, copper and nickel in northern Minnesota, lithium and tin in Cornwall, a fact sheet on Kazakhstan's uranium, the Philippines' mines and their critics, a weekly on Toronto-listed uranium and base metal stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND121_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-twenty-first blind recall corpus (issue 11)', 'Blind-121', BLIND121_DIR, 400);
