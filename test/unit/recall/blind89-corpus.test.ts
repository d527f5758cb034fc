/**
 * The eighty-ninth blind corpus (test/fixtures/recall-blind89): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Rare Element Resources' Bear Lodge project and Upton plant, Nordic rare earths and phosphate (Sokli, Norra Kärr), Madagascar's Ampasindava and QMM, a fact sheet on rare-earth-free motors, the Cook Islands' seabed nodules, a weekly on rare-earth and magnet trade data. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND89_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('eighty-ninth blind recall corpus (issue 11)', 'Blind-89', BLIND89_DIR, 400);
