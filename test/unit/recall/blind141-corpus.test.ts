/**
 * The hundred-and-forty-first blind corpus (test/fixtures/recall-blind141): eight texts written on 8 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Platinum Group Metals' Waterberg, Zimbabwe's Great Dyke platinum miners, the western limb's platinum mines and wage talks, a fact sheet on Papua New Guinea's mines, deep-sea and island mining in the Pacific, a weekly on Johannesburg-listed PGM and chrome producers. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND141_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-forty-first blind recall corpus (issue 11)', 'Blind-141', BLIND141_DIR, 400);
