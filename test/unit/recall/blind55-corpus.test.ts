/**
 * The fifty-fifth blind corpus (test/fixtures/recall-blind55): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Ionic Rare Earths' Makuutu and Belfast recycling, Nigeria's lithium, Queensland's critical
 * minerals, a Colombian strategic-minerals fact sheet, the Lobito Corridor against TAZARA, a dry-bulk
 * freight weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND55_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('fifty-fifth blind recall corpus (issue 11)', 'Blind-55', BLIND55_DIR, 400);
