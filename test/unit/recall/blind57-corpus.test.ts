/**
 * The fifty-seventh blind corpus (test/fixtures/recall-blind57): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Standard Lithium and Equinor's Smackover lithium project, Guinea's bauxite licence revocations, US magnesium after US Magnesium's
 * bankruptcy, a Georgian manganese fact sheet, boardroom moves, an iron ore and coking coal weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND57_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('fifty-seventh blind recall corpus (issue 11)', 'Blind-57', BLIND57_DIR, 400);
