/**
 * The sixtieth blind corpus (test/fixtures/recall-blind60): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Talga's Vittangi graphite and Luleå anode refinery, Armenia's mining, Western Australia's nickel crisis, an Indonesian
 * state mining holding's fact sheet, tailings as a source of critical minerals, a silicon weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND60_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('sixtieth blind recall corpus (issue 11)', 'Blind-60', BLIND60_DIR, 400);
