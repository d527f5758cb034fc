/**
 * The hundred-and-thirty-eighth blind corpus (test/fixtures/recall-blind138): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Materion's Spor Mountain beryllium, vanadium in Western Australia, Zimbabwe's lithium rush, a fact sheet on Peru's tin and tungsten, magnesium metal and the West's dependence on China, a weekly on Shanghai- and Hong Kong-listed tungsten and rare-earth producers. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND138_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-thirty-eighth blind recall corpus (issue 11)', 'Blind-138', BLIND138_DIR, 400);
