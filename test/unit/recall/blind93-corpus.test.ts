/**
 * The ninety-third blind corpus (test/fixtures/recall-blind93): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Iceland's silicon plant at Husavik, Bulgaria's copper and gold, Gulf sovereign wealth in critical minerals, a fact sheet on the Netherlands and Belgium as metals hubs, Romania's mineral ambitions, a weekly on Nordic battery-metal and rare-earth stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND93_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('ninety-third blind recall corpus (issue 11)', 'Blind-93', BLIND93_DIR, 400);
