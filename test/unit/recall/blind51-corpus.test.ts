/**
 * The fifty-first blind corpus (test/fixtures/recall-blind51): eight texts written on 4 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (ASM's Korean Metals Plant and Dubbo, Kyrgyzstan's rare earths, the PDAC convention, a RESourceEU
 * fact sheet, magnet recycling in North America, a scandium, zirconium, hafnium and titanium weekly).
 * Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND51_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('fifty-first blind recall corpus (issue 11)', 'Blind-51', BLIND51_DIR, 400);
