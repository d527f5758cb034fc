/**
 * The hundred-and-fifth blind corpus (test/fixtures/recall-blind105): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Sovereign Metals' Kasiya rutile and graphite project in Malawi, Baffinland's Mary River iron ore mine in Nunavut, Mali's gold under its military government, a fact sheet on the Democratic Republic of the Congo's northeastern gold, Alaska's mining fights, a weekly on Johannesburg-listed mining stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND105_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-fifth blind recall corpus (issue 11)', 'Blind-105', BLIND105_DIR, 400);
