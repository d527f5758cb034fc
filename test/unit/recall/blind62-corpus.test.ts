/**
 * The sixty-second blind corpus (test/fixtures/recall-blind62): eight texts written on 5 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (European Lithium and Critical Metals' Wolfsberg in Austria, Hungary's battery plants, Papua New Guinea's mines,
 * a Dominican Republic critical-minerals fact sheet, sodium-ion against lithium, a gold-miners equities weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND62_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('sixty-second blind recall corpus (issue 11)', 'Blind-62', BLIND62_DIR, 400);
