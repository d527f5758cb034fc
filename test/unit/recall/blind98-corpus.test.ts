/**
 * The ninety-eighth blind corpus (test/fixtures/recall-blind98): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Lion One Metals' Tuvatu gold mine in Fiji, Niger's uranium after the coup, the Republic of the Congo's potash and iron ore, a fact sheet on Bulgaria's and Greece's metals, Ireland's and Northern Ireland's metals, a weekly on Latin American-listed metals and mining stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND98_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('ninety-eighth blind recall corpus (issue 11)', 'Blind-98', BLIND98_DIR, 400);
