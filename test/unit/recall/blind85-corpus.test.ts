/**
 * The eighty-fifth blind corpus (test/fixtures/recall-blind85): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Ramaco's rare earths from coal at the Brook Mine, South Africa's rare-earth projects, NioCorp's Elk Creek, a fact sheet on China's state rare-earth groups, Kenya's Mrima Hill and Kwale, a weekly on Australian-listed rare-earth juniors. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND85_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('eighty-fifth blind recall corpus (issue 11)', 'Blind-85', BLIND85_DIR, 400);
