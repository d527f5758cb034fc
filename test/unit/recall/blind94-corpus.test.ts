/**
 * The ninety-fourth blind corpus (test/fixtures/recall-blind94): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Montenegro's KAP smelter and Niksic bauxite, Slovenia's magnet and aluminium makers, Cyprus's copper, a fact sheet on the Western Balkans' critical raw materials, Mexico's lithium nationalisation, a weekly on Hong Kong-, Shanghai- and Shenzhen-listed rare-earth and battery-material companies. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND94_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('ninety-fourth blind recall corpus (issue 11)', 'Blind-94', BLIND94_DIR, 400);
