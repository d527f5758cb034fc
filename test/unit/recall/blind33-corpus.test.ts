/**
 * The thirty-third blind corpus (test/fixtures/recall-blind33): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after blind-32's first score (Rare Element Resources' Bear Lodge, Simandou, Jadar, Argentina's
 * lithium, the US–Ukraine minerals fund, a cobalt and nickel weekly).
 * Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND33_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('thirty-third blind recall corpus (issue 11)', 'Blind-33', BLIND33_DIR, 400);
