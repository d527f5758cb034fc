/**
 * The hundred-and-twelfth blind corpus (test/fixtures/recall-blind112): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Lucara's Karowe underground project in Botswana, Ghana's gold, Chile's largest copper mines, a fact sheet on the Elk Valley's steelmaking coal, India's critical-mineral auctions, a weekly on São Paulo-listed mining and steel stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND112_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-twelfth blind recall corpus (issue 11)', 'Blind-112', BLIND112_DIR, 400);
