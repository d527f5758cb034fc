/**
 * The thirty-sixth blind corpus (test/fixtures/recall-blind36): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Hastings' Yangibana, Myanmar's and Laos's rare-earth mines, East Africa's projects, the 2025 US
 * critical-minerals list, US heavy-rare-earth separation, a minor-metals weekly).
 * Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND36_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('thirty-sixth blind recall corpus (issue 11)', 'Blind-36', BLIND36_DIR, 400);
