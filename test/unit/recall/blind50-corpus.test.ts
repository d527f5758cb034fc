/**
 * The fiftieth blind corpus (test/fixtures/recall-blind50): eight texts written on 4 Dec 2026 by an
 * annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Solvay's La Rochelle expansion, lithium in Portugal and Spain, Sri Lanka's mineral sands and
 * graphite, a Western Australian strategy fact sheet, stockpiles as policy, an antimony, gallium,
 * germanium and indium weekly). Its ids were mapped (ids.json) before it was first scored; its
 * marks are never edited.
 */
import { BLIND50_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('fiftieth blind recall corpus (issue 11)', 'Blind-50', BLIND50_DIR, 400);
