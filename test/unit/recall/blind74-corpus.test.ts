/**
 * The seventy-fourth blind corpus (test/fixtures/recall-blind74): eight texts written on 5 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Lifezone's Kabanga nickel in Tanzania, Rwanda's 3T trade, Indonesia's bauxite and alumina, a
 * German tungsten fact sheet, Mongolia's copper and coal, a battery-metals weekly. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND74_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('seventy-fourth blind recall corpus (issue 11)', 'Blind-74', BLIND74_DIR, 400);
