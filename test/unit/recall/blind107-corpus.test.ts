/**
 * The hundred-and-seventh blind corpus (test/fixtures/recall-blind107): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Greatland's Telfer and Havieron in Western Australia, Zambia's Copperbelt revival, Guinea's bauxite under its military government, a fact sheet on Australia's largest gold mines, Tanzania's graphite and uranium, a weekly on Toronto-listed gold miners. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND107_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-seventh blind recall corpus (issue 11)', 'Blind-107', BLIND107_DIR, 400);
