/**
 * The seventy-eighth blind corpus (test/fixtures/recall-blind78): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Ascend Elements' Apex 1 plant in Kentucky, Ecuador's copper and gold, the Dominican Republic's minerals, a bauxite and alumina fact sheet on Guyana, Suriname and Jamaica, Finland's battery minerals, an aluminium and alumina weekly. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND78_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('seventy-eighth blind recall corpus (issue 11)', 'Blind-78', BLIND78_DIR, 400);
