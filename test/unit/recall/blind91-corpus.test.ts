/**
 * The ninety-first blind corpus (test/fixtures/recall-blind91): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Geomega's Montviel project and Quebec magnet recycling, rare earths from Appalachian coal waste, Paraguay's ionic clays in Alto Paraná, a fact sheet on Central and South-East Europe's raw-materials projects, Jamaica's and Cuba's bauxite and nickel as scandium sources, a weekly on Tokyo and Seoul stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND91_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('ninety-first blind recall corpus (issue 11)', 'Blind-91', BLIND91_DIR, 400);
