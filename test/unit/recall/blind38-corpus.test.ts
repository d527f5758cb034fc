/**
 * The thirty-eighth blind corpus (test/fixtures/recall-blind38): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Energy Fuels' White Mesa Mill, Donald and Toliara, Japan's rare-earth diversification, South
 * Africa's critical minerals, a Critical Raw Materials Act fact sheet, deep-sea mining, a minor
 * metals weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND38_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('thirty-eighth blind recall corpus (issue 11)', 'Blind-38', BLIND38_DIR, 400);
