/**
 * The hundred-and-fourth blind corpus (test/fixtures/recall-blind104): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Taseko Mines' Florence Copper project, Papua New Guinea's mines, Uzbekistan's copper and gold, a fact sheet on Peru's copper and tin, Mongolia's coal and gold after the Oyu Tolgoi years, a weekly on Warsaw- and Vienna-listed metals and mining stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND104_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-fourth blind recall corpus (issue 11)', 'Blind-104', BLIND104_DIR, 400);
