/**
 * The thirty-first blind corpus (test/fixtures/recall-blind31): eight texts written on 3 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * on subjects no earlier corpus had (Thacker Pass, Zimbabwe's lithium, Türkiye's Beylikova, Kenya's
 * minerals, Bolivia's lithium, a manganese, vanadium and fluorspar weekly). Its ids were mapped
 * (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND31_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('thirty-first blind recall corpus (issue 11)', 'Blind-31', BLIND31_DIR, 400);
