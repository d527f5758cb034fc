/**
 * The hundred-and-twenty-fifth blind corpus (test/fixtures/recall-blind125): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Hudbay's Manitoba operations, Yukon's mines after the Eagle Gold heap-leach failure, Arizona's copper mines, a fact sheet on the Northern Cape's base metals, Brazil's wildcat gold miners in Pará, a weekly on Santiago- and Buenos Aires-listed mining and materials stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND125_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-twenty-fifth blind recall corpus (issue 11)', 'Blind-125', BLIND125_DIR, 400);
