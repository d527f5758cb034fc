/**
 * The fifty-third blind corpus (test/fixtures/recall-blind53): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Mkango and HyProMag's magnet recycling, LKAB's Per Geijer deposit in Sweden, Ghana's lithium, a
 * G7 critical-minerals fact sheet, rare-earth price reporting, a critical-minerals ETF weekly). Its
 * ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND53_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('fifty-third blind recall corpus (issue 11)', 'Blind-53', BLIND53_DIR, 400);
