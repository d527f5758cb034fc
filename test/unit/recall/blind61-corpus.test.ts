/**
 * The sixty-first blind corpus (test/fixtures/recall-blind61): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (European Metals' Cinovec lithium in Czechia, Burundi's Gakara rare earths, the UAE's International Resources
 * Holding, an Egyptian mining-reform fact sheet, Venezuela's Orinoco Mining Arc, a phosphate and potash weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND61_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('sixty-first blind recall corpus (issue 11)', 'Blind-61', BLIND61_DIR, 400);
