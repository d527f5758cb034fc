/**
 * The eighty-second blind corpus (test/fixtures/recall-blind82): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Chalice Mining's Gonneville, Cameroon's and Congo's Mbalam-Nabeba iron ore, the Solomon Islands' mining, a Minnesota Duluth Complex fact sheet, Georgia's Chiatura manganese, a hafnium, zirconium and high-purity alumina weekly. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND82_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('eighty-second blind recall corpus (issue 11)', 'Blind-82', BLIND82_DIR, 400);
