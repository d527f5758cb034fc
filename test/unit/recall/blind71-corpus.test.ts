/**
 * The seventy-first blind corpus (test/fixtures/recall-blind71): eight texts written on 5 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * beside blind-72 (Hudbay's Copper World and Constancia, Bolivia's lithium, New Caledonia's nickel,
 * a Moroccan battery-materials fact sheet, Nigeria's solid minerals, an aluminium and alumina
 * weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND71_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('seventy-first blind recall corpus (issue 11)', 'Blind-71', BLIND71_DIR, 400);
