/**
 * The fortieth blind corpus (test/fixtures/recall-blind40): eight texts written on 4 Dec 2026 by an
 * annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Arafura's Nolans financing, Vietnam's rare earths, DRC and Zambian copper and cobalt, an
 * Australian strategic-reserve fact sheet, magnet recycling, a lithium weekly). Its ids were mapped
 * (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND40_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('fortieth blind recall corpus (issue 11)', 'Blind-40', BLIND40_DIR, 300);
