/**
 * The forty-ninth blind corpus (test/fixtures/recall-blind49): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Peak Rare Earths' Ngualla, Norway's Fen deposit, Saskatchewan's critical minerals, a Section 232
 * fact sheet, carmakers and tech firms buying magnets, a battery-metals equities weekly). Its ids
 * were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND49_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('forty-ninth blind recall corpus (issue 11)', 'Blind-49', BLIND49_DIR, 400);
