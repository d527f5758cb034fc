/**
 * The hundred-and-thirty-fourth blind corpus (test/fixtures/recall-blind134): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Diavik and Ekati after the diamond slump, Peru's Cerro Verde and Yanacocha, British Columbia's porphyry mines, a fact sheet on Nevada's gold, the Keno Hill silver district and Yukon's mining regime, a weekly on Johannesburg-listed gold and PGM miners. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND134_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-thirty-fourth blind recall corpus (issue 11)', 'Blind-134', BLIND134_DIR, 400);
