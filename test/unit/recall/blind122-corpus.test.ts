/**
 * The hundred-and-twenty-second blind corpus (test/fixtures/recall-blind122): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Perpetua Resources' Stibnite project in Idaho, Tasmania's mines and smelters, Namibia's uranium mines, a fact sheet on Morocco's cobalt and phosphate, Venezuela's Orinoco Mining Arc, a weekly on Saudi, Moroccan and Egyptian mining and metals stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND122_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-twenty-second blind recall corpus (issue 11)', 'Blind-122', BLIND122_DIR, 400);
