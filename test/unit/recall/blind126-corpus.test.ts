/**
 * The hundred-and-twenty-sixth blind corpus (test/fixtures/recall-blind126): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Vale Base Metals' Voisey's Bay and Long Harbour, Ontario's Timmins camp, the Northwest Territories' critical-minerals projects, a fact sheet on Idaho's Silver Valley, Quebec's James Bay mines and the Cree Nation, a weekly on Vietnamese and Thai mining and metals stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND126_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-twenty-sixth blind recall corpus (issue 11)', 'Blind-126', BLIND126_DIR, 400);
