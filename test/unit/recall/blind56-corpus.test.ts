/**
 * The fifty-sixth blind corpus (test/fixtures/recall-blind56): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Albemarle's Kings Mountain, Ukraine's Dobra lithium tender, Botswana's Kalahari copper, a French
 * critical-metals fact sheet, the US-Japan framework and Japan's trading houses, a rare-earth
 * earnings roundup). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND56_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('fifty-sixth blind recall corpus (issue 11)', 'Blind-56', BLIND56_DIR, 400);
