/**
 * The ninety-ninth blind corpus (test/fixtures/recall-blind99): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Deep Yellow's Tumas uranium project in Namibia, Kazakhstan's copper and uranium, the Northern Territory's uranium legacy (Ranger, Jabiluka, Kakadu), a fact sheet on vanadium, Japan's trading houses in critical minerals, a weekly on Seoul-listed battery and metals stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND99_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('ninety-ninth blind recall corpus (issue 11)', 'Blind-99', BLIND99_DIR, 400);
