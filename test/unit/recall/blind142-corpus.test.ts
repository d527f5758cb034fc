/**
 * The hundred-and-forty-second blind corpus (test/fixtures/recall-blind142): eight texts written on 8 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Renascor's Siviour graphite and its purified spherical graphite plant, Mozambique's graphite, Tanzania's graphite, a fact sheet on graphite anode makers outside China, China's graphite export licences, a weekly on ASX- and TSXV-listed graphite juniors. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND142_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-forty-second blind recall corpus (issue 11)', 'Blind-142', BLIND142_DIR, 400);
