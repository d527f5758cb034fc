/**
 * The eighty-third blind corpus (test/fixtures/recall-blind83): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Boliden's Swedish operations, Iran's mining under sanctions, Sarawak's rare-earth plans, a Turkmenistan iodine, bromine and potash fact sheet, Madagascar's Ampasindava rare earths, a black mass and battery recycling weekly. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND83_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('eighty-third blind recall corpus (issue 11)', 'Blind-83', BLIND83_DIR, 400);
