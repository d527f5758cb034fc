/**
 * The hundred-and-twenty-third blind corpus (test/fixtures/recall-blind123): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Denarius Metals' Aguablanca nickel-copper project in Spain, Alaska's mining projects, Kosovo's Trepča complex, a fact sheet on Algeria's Gara Djebilet iron ore and phosphate, Panama's Cobre Panamá after its closure, a weekly on Mexican and Peruvian mining stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND123_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-twenty-third blind recall corpus (issue 11)', 'Blind-123', BLIND123_DIR, 400);
