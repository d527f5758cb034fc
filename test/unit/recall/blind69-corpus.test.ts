/**
 * The sixty-ninth blind corpus (test/fixtures/recall-blind69): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * beside blind-70 (Ivanhoe Mines' Kipushi zinc restart, Guatemala's Escobal and Fenix, Ghana's gold,
 * a potash fact sheet, Papua New Guinea's mines, a zinc and lead weekly). Its ids were mapped
 * (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND69_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('sixty-ninth blind recall corpus (issue 11)', 'Blind-69', BLIND69_DIR, 400);
