/**
 * The forty-eighth blind corpus (test/fixtures/recall-blind48): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Ionic Rare Earths' Makuutu and Belfast recycling, Afghanistan's lithium and copper under the
 * Taliban, Ghana's Ewoyaa lithium, a German raw-material dependency fact sheet, China's overseas
 * miners, a graphite and anode weekly). Its ids were mapped (ids.json) before it was first scored;
 * its marks are never edited.
 */
import { BLIND48_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('forty-eighth blind recall corpus (issue 11)', 'Blind-48', BLIND48_DIR, 400);
