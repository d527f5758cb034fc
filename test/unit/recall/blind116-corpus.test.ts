/**
 * The hundred-and-sixteenth blind corpus (test/fixtures/recall-blind116): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Bannerman Energy's Etango uranium project in Namibia, gold in Nicaragua and Honduras, Bolivia's tin and lithium, a fact sheet on Greece's metals and mines, Myanmar's copper and rare earths under the junta, a weekly on Kuala Lumpur-listed metals stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND116_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-sixteenth blind recall corpus (issue 11)', 'Blind-116', BLIND116_DIR, 400);
