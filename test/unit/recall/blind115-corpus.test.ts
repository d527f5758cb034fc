/**
 * The hundred-and-fifteenth blind corpus (test/fixtures/recall-blind115): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Seabridge Gold's KSM project in British Columbia's Golden Triangle, Côte d'Ivoire's gold, Turkey's gold after the Çöpler landslide, a fact sheet on the royalty and streaming companies, South Africa's iron ore and manganese railways, a weekly on Jakarta-listed mining stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND115_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-fifteenth blind recall corpus (issue 11)', 'Blind-115', BLIND115_DIR, 400);
