/**
 * The hundred-and-twenty-ninth blind corpus (test/fixtures/recall-blind129): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Hecla's Libby Exploration Project in Montana, Antofagasta's and Codelco's copper in northern Chile, gold mining in Kazakhstan after Polymetal's sale, a fact sheet on Yukon and NWT zinc-lead deposits, the Nussir copper mine in northern Norway, a weekly on ASX-listed lithium and rare-earth stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND129_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-twenty-ninth blind recall corpus (issue 11)', 'Blind-129', BLIND129_DIR, 400);
