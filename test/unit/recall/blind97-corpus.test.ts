/**
 * The ninety-seventh blind corpus (test/fixtures/recall-blind97): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Central Asia Metals' Sasa and Kounrad, Central America's mining, Kosovo's Trepča, a fact sheet on Slovakia's metals and minerals, Laos's rare-earth and potash boom, a weekly on Mumbai-listed metals and mining stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND97_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('ninety-seventh blind recall corpus (issue 11)', 'Blind-97', BLIND97_DIR, 400);
