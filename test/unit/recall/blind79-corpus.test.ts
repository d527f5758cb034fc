/**
 * The seventy-ninth blind corpus (test/fixtures/recall-blind79): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Latrobe Magnesium's Hazelwood plant, Honduras's mining, North Korea's minerals under sanctions, a Zimbabwean platinum fact sheet, Senegal's phosphates, zircon and gold, a magnesium weekly. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND79_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('seventy-ninth blind recall corpus (issue 11)', 'Blind-79', BLIND79_DIR, 400);
