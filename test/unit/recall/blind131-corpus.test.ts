/**
 * The hundred-and-thirty-first blind corpus (test/fixtures/recall-blind131): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Anglo American's Sakatti in Finnish Lapland, Ireland's zinc, Portugal's Iberian Pyrite Belt at Aljustrel and Neves-Corvo, a fact sheet on north-west Spain's tin, tantalum and gold, Romania's gold after Roșia Montană, a weekly on Mumbai-listed metals stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND131_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-thirty-first blind recall corpus (issue 11)', 'Blind-131', BLIND131_DIR, 400);
