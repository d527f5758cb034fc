/**
 * The fifty-ninth blind corpus (test/fixtures/recall-blind59): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Graphite One's Alaska graphite and Ohio anode plant, Zambia's copper push, Poland's KGHM, a European Investment Bank
 * fact sheet, the EU battery regulation, a mining deals weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND59_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('fifty-ninth blind recall corpus (issue 11)', 'Blind-59', BLIND59_DIR, 400);
