/**
 * The hundred-and-thirty-third blind corpus (test/fixtures/recall-blind133): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Agnico Eagle's Kittilä in Finnish Lapland, Bolivia's silver and zinc, Nevada copper at Yerington, a fact sheet on northern British Columbia's copper-gold projects, the Yukon's Casino and Kudz Ze Kayah, a weekly on Peruvian miners. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND133_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-thirty-third blind recall corpus (issue 11)', 'Blind-133', BLIND133_DIR, 400);
