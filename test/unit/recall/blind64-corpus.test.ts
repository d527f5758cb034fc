/**
 * The sixty-fourth blind corpus (test/fixtures/recall-blind64): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * beside blind-63 (Atlas Lithium's Neves project, Angola's minerals beyond oil, Ethiopia's minerals, a fact sheet on
 * Swiss commodity traders, Indigenous consent and mining in Canada and Australia, a scrap-metal weekly). Its ids were
 * mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND64_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('sixty-fourth blind recall corpus (issue 11)', 'Blind-64', BLIND64_DIR, 400);
